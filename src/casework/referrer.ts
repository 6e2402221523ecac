import type { Bundle, ContactPoint, Organization, Practitioner, PractitionerRole } from 'fhir/r4';
import { JOB_ROLES } from '../config/jobRoles';
import { userFromRoleBundle } from '../domain/user';

/** Who referred, in words: never a bare "PractitionerRole/gp". */
export interface Referrer {
  name: string;
  role: string;
  organisation: string | undefined;
  /**
   * Phone and email, the role's own first, then the person's, then the organisation's; `of` names
   * the organisation on its own numbers and addresses, so a practice's switchboard is not taken for
   * the referrer's direct line.
   */
  contact: { kind: 'Phone' | 'Email'; value: string; of?: string }[];
}

function contactsOf(points: readonly ContactPoint[] | undefined, of?: string): Referrer['contact'] {
  return (points ?? []).flatMap((p) => {
    if (!p.value || (p.system !== 'phone' && p.system !== 'email')) {
      return [];
    }
    const kind = p.system === 'phone' ? ('Phone' as const) : ('Email' as const);
    return [of ? { kind, value: p.value, of } : { kind, value: p.value }];
  });
}

/** Reads `PractitionerRole?_id=…&_include=…:practitioner&_include=…:organization`. */
export function readReferrer(bundle: Bundle, roleId: string): Referrer | undefined {
  const user = userFromRoleBundle(bundle, roleId, JOB_ROLES);
  if (!user) {
    return undefined;
  }
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const role = resources.find((r): r is PractitionerRole => r.resourceType === 'PractitionerRole' && r.id === roleId);
  const person = resources.find(
    (r): r is Practitioner =>
      r.resourceType === 'Practitioner' && `Practitioner/${r.id ?? ''}` === role?.practitioner?.reference,
  );
  const org = resources.find(
    (r): r is Organization =>
      r.resourceType === 'Organization' && `Organization/${r.id ?? ''}` === role?.organization?.reference,
  );
  const seen = new Set<string>();
  const organisation = user.organisation?.name;
  const contact = [
    ...contactsOf(role?.telecom),
    ...contactsOf(person?.telecom),
    ...contactsOf(org?.telecom, organisation ?? org?.name ?? 'the organisation'),
  ].filter((c) => !seen.has(c.value) && seen.add(c.value));
  return { name: user.name, role: user.roleLabel, organisation, contact };
}

import type { Bundle, Organization, Practitioner, PractitionerRole } from 'fhir/r4';
import { USER_ROLE_SYSTEM, type UserRole } from '../../fhir-profiles/src/canonical';
import { formatPersonName } from './patient';

/** A job role as an EHR records it on PractitionerRole.code, and the HJP role it stands for (the partnership's map). */
export interface JobRole {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly role: UserRole;
}

export interface UserContext {
  /** "PractitionerRole/<id>" — what the app writes as requester, sender, author. */
  reference: string;
  name: string;
  role: UserRole | undefined;
  roleLabel: string;
  organisation: { reference: string; name: string } | undefined;
}

const ROLE_LABELS: Record<UserRole, string> = {
  gp: 'GP',
  'ward-nurse': 'Ward nurse',
  adviser: 'Welfare rights adviser',
  lead: 'Partnership lead',
};

const USER_ROLES = Object.keys(ROLE_LABELS) as UserRole[];

/**
 * The HJP role of a PractitionerRole: HJP's own role code when it carries one, otherwise its job
 * role (e.g. a SNOMED CT code, as UK Core records it) mapped in the partnership configuration.
 */
export function roleOf(role: PractitionerRole, jobRoles: readonly JobRole[] = []): UserRole | undefined {
  return hjpRoleOf(role) ?? mappedJobRole(role, jobRoles)?.role;
}

function hjpRoleOf(role: PractitionerRole): UserRole | undefined {
  const code = role.code?.flatMap((c) => c.coding ?? []).find((c) => c.system === USER_ROLE_SYSTEM)?.code;
  return USER_ROLES.find((r) => r === code);
}

function mappedJobRole(role: PractitionerRole, jobRoles: readonly JobRole[]): JobRole | undefined {
  const codings = role.code?.flatMap((c) => c.coding ?? []) ?? [];
  return jobRoles.find((j) => codings.some((c) => c.system === j.system && c.code === j.code));
}

/** What the header says: HJP's label for HJP's code, else the job role's own name. */
function roleLabelOf(role: PractitionerRole, jobRoles: readonly JobRole[]): string | undefined {
  const own = hjpRoleOf(role);
  if (own) {
    return ROLE_LABELS[own];
  }
  return mappedJobRole(role, jobRoles)?.display;
}

/** Builds the signed-in user from `PractitionerRole?_id=…&_include=…:practitioner&_include=…:organization`. */
export function userFromRoleBundle(
  bundle: Bundle,
  roleId: string,
  jobRoles: readonly JobRole[] = [],
): UserContext | undefined {
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const role = resources.find((r): r is PractitionerRole => r.resourceType === 'PractitionerRole' && r.id === roleId);
  if (!role) {
    return undefined;
  }
  const practitioner = resources.find(
    (r): r is Practitioner =>
      r.resourceType === 'Practitioner' && `Practitioner/${r.id ?? ''}` === role.practitioner?.reference,
  );
  const organisation = resources.find(
    (r): r is Organization =>
      r.resourceType === 'Organization' && `Organization/${r.id ?? ''}` === role.organization?.reference,
  );
  const appRole = roleOf(role, jobRoles);
  const jobTitle = roleLabelOf(role, jobRoles) ?? role.code?.[0]?.text ?? role.code?.[0]?.coding?.[0]?.display;
  return {
    reference: `PractitionerRole/${roleId}`,
    name: practitioner ? formatPersonName(practitioner.name) : (role.practitioner?.display ?? 'Unknown user'),
    role: appRole,
    roleLabel: jobTitle ?? 'Role not recorded',
    organisation: organisation?.id
      ? { reference: `Organization/${organisation.id}`, name: organisation.name ?? 'Organisation' }
      : undefined,
  };
}

/**
 * The role to act in when the EHR names a Practitioner rather than a PractitionerRole (many EHRs
 * do): the first active role of that practitioner in `PractitionerRole?practitioner=…` results.
 */
export function firstRoleId(bundle: Bundle): string | undefined {
  const roles = (bundle.entry ?? [])
    .filter((e) => e.search?.mode !== 'include')
    .flatMap((e) => (e.resource?.resourceType === 'PractitionerRole' ? [e.resource as PractitionerRole] : []));
  return roles.find((r) => r.active !== false)?.id;
}

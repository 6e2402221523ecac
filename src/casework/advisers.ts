import type { Bundle, Practitioner, PractitionerRole, Reference } from 'fhir/r4';
import { formatPersonName } from '../domain/patient';

/** An adviser a case can be given to: their PractitionerRole, with the name shown. */
export interface Adviser {
  reference: string;
  name: string;
}

/** Reads the advisers search (roles, with their Practitioners included), sorted by name. */
export function readAdvisers(bundle: Bundle): Adviser[] {
  const people = new Map<string, Practitioner>();
  const roles: PractitionerRole[] = [];
  for (const entry of bundle.entry ?? []) {
    const r = entry.resource;
    if (r?.resourceType === 'Practitioner' && r.id) {
      people.set(`Practitioner/${r.id}`, r as Practitioner);
    } else if (r?.resourceType === 'PractitionerRole' && r.id) {
      roles.push(r as PractitionerRole);
    }
  }
  return roles
    .map((role) => {
      const person = people.get(role.practitioner?.reference ?? '');
      const name = person ? formatPersonName(person.name) : (role.practitioner?.display ?? 'Unnamed adviser');
      return { reference: `PractitionerRole/${role.id ?? ''}`, name };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

/** The reference written on the Task: the role, with the name for lists that show it without a lookup. */
export function ownerReference(adviser: Adviser): Reference {
  return { reference: adviser.reference, display: adviser.name };
}

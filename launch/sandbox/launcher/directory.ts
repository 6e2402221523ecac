import type { Encounter, HumanName, Patient, Practitioner, PractitionerRole, Resource } from '@medplum/fhirtypes';
import { USER_ROLE_SYSTEM } from '../../../fhir-profiles/src/canonical';

/** The two system-level reads the launcher and the authorize page need from the FHIR store. */
export interface DirectorySource {
  readResource<T extends Resource>(type: string, id: string): Promise<T | undefined>;
  searchResources<T extends Resource>(type: string, query: string): Promise<T[]>;
}

export interface DirectoryUser {
  readonly id: string;
  readonly name: string;
  readonly role: string;
}

export interface DirectoryPatient {
  readonly id: string;
  readonly name: string;
}

export interface DirectoryEncounter {
  readonly id: string;
  readonly patient: string;
  readonly label: string;
}

/** "Given FAMILY" (UK clinical style), falling back to the name's text. */
export function formatName(names: readonly HumanName[] | undefined, withPrefix = false): string {
  const name = names?.find((n) => n.use === 'official') ?? names?.[0];
  if (!name) {
    return '(no name)';
  }
  const parts = [
    ...(withPrefix ? (name.prefix ?? []) : []),
    ...(name.given ?? []),
    ...(name.family ? [name.family.toUpperCase()] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : (name.text ?? '(no name)');
}

export function userRole(role: PractitionerRole): string | undefined {
  return role.code?.flatMap((c) => c.coding ?? []).find((coding) => coding.system === USER_ROLE_SYSTEM)?.code;
}

const idOf = (reference: string | undefined, type: string): string | undefined =>
  reference?.startsWith(`${type}/`) ? reference.slice(type.length + 1) : undefined;

/** A sandbox user: a PractitionerRole carrying a user-role coding; undefined if there is none. */
export async function findUser(source: DirectorySource, id: string): Promise<DirectoryUser | undefined> {
  const role = await source.readResource<PractitionerRole>('PractitionerRole', id);
  return role ? toUser(source, role) : undefined;
}

async function toUser(source: DirectorySource, role: PractitionerRole): Promise<DirectoryUser | undefined> {
  const code = userRole(role);
  if (!code || !role.id) {
    return undefined;
  }
  const practitionerId = idOf(role.practitioner?.reference, 'Practitioner');
  const practitioner = practitionerId
    ? await source.readResource<Practitioner>('Practitioner', practitionerId)
    : undefined;
  const name = practitioner ? formatName(practitioner.name, true) : (role.practitioner?.display ?? role.id);
  return { id: role.id, name, role: code };
}

export async function listUsers(source: DirectorySource): Promise<DirectoryUser[]> {
  const roles = await source.searchResources<PractitionerRole>('PractitionerRole', '_count=1000');
  const users = await Promise.all(roles.map((role) => toUser(source, role)));
  return users.filter((u): u is DirectoryUser => u !== undefined).sort((a, b) => a.id.localeCompare(b.id));
}

export async function listPatients(source: DirectorySource): Promise<DirectoryPatient[]> {
  const patients = await source.searchResources<Patient>('Patient', '_count=1000');
  return patients
    .filter((p): p is Patient & { id: string } => typeof p.id === 'string')
    .map((p) => ({ id: p.id, name: formatName(p.name) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function listEncounters(source: DirectorySource): Promise<DirectoryEncounter[]> {
  const encounters = await source.searchResources<Encounter>('Encounter', '_count=1000');
  return encounters
    .flatMap((e) => {
      const patient = idOf(e.subject?.reference, 'Patient');
      if (!e.id || !patient) {
        return [];
      }
      const label = [e.id, e.class.display ?? e.class.code, e.status].filter(Boolean).join(', ');
      return [{ id: e.id, patient, label }];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export async function patientExists(source: DirectorySource, id: string): Promise<boolean> {
  return (await source.readResource<Patient>('Patient', id)) !== undefined;
}

/** The encounter exists and, when a patient is given, belongs to that patient. */
export async function encounterMatches(
  source: DirectorySource,
  id: string,
  patient: string | undefined,
): Promise<boolean> {
  const encounter = await source.readResource<Encounter>('Encounter', id);
  if (!encounter) {
    return false;
  }
  return patient === undefined || idOf(encounter.subject?.reference, 'Patient') === patient;
}

import type { Patient } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import type { LaunchContext } from '../smart/context';
import { userFromRoleBundle, type UserContext } from './user';

export interface AppSession {
  gateway: FhirGateway;
  context: LaunchContext;
  patient: Patient | undefined;
  user: UserContext | undefined;
}

/** Reads the patient in context and the signed-in user: two requests, made together. */
export async function loadSession(gateway: FhirGateway, context: LaunchContext): Promise<AppSession> {
  const [patient, user] = await Promise.all([
    context.patientId ? gateway.read<Patient>('Patient', context.patientId) : Promise.resolve(undefined),
    loadUser(gateway, context.fhirUser),
  ]);
  return { gateway, context, patient, user };
}

async function loadUser(gateway: FhirGateway, fhirUser: string | undefined): Promise<UserContext | undefined> {
  const match = /^PractitionerRole\/(.+)$/.exec(fhirUser ?? '');
  const roleId = match?.[1];
  if (!roleId) return undefined;
  const bundle = await gateway.search('PractitionerRole', {
    _id: roleId,
    _include: ['PractitionerRole:practitioner', 'PractitionerRole:organization'],
  });
  return userFromRoleBundle(bundle, roleId);
}

import type { Patient } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import type { LaunchContext } from '../smart/context';
import { firstRoleId, userFromRoleBundle, type UserContext } from '../domain/user';
import { JOB_ROLES } from '../config/jobRoles';

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

const USER_INCLUDES = ['PractitionerRole:practitioner', 'PractitionerRole:organization'];

/** The signed-in user from fhirUser: a PractitionerRole, or a Practitioner and their (first active) role. */
async function loadUser(gateway: FhirGateway, fhirUser: string | undefined): Promise<UserContext | undefined> {
  const match = /^(PractitionerRole|Practitioner)\/(.+)$/.exec(fhirUser ?? '');
  const [, type, id] = match ?? [];
  if (!type || !id) {
    return undefined;
  }
  if (type === 'PractitionerRole') {
    return userFromRoleBundle(
      await gateway.search('PractitionerRole', { _id: id, _include: USER_INCLUDES }),
      id,
      JOB_ROLES,
    );
  }
  const bundle = await gateway.search('PractitionerRole', {
    practitioner: `Practitioner/${id}`,
    _include: USER_INCLUDES,
  });
  const roleId = firstRoleId(bundle);
  return roleId ? userFromRoleBundle(bundle, roleId, JOB_ROLES) : undefined;
}

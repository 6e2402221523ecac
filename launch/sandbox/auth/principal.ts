import type { PractitionerRole } from '@medplum/fhirtypes';
import { userRole, type DirectorySource } from '../launcher/directory';

/**
 * Who a token acts for, as the access model (../shared/design/access-model.md) knows them. Each
 * kind has its own record rules (record-rules.ts) and scope allowance (role-allowance.ts); a new
 * kind (for example a `system/` backend client) is a new member here plus its rules there.
 */
export type Principal =
  /** GP or ward staff; `patient` is the patient in context (undefined for a practice-list launch). */
  | {
      readonly kind: 'clinician';
      readonly user: string;
      readonly organization: string | undefined;
      readonly patient: string | undefined;
    }
  /** A welfare rights adviser of `organization` ("Organization/<id>"). */
  | { readonly kind: 'adviser'; readonly user: string; readonly organization: string | undefined }
  /** The partnership lead: aggregate figures and configuration, nothing identifiable. */
  | { readonly kind: 'lead'; readonly user: string; readonly organization: string | undefined }
  /**
   * Tests only (granted only when the sandbox runs in testMode, to the client TEST_ADMIN_CLIENT_ID):
   * the scopes asked for, without role allowance or record rules. Seeding and engine tests use it.
   */
  | { readonly kind: 'test-admin'; readonly user: string };

export type PrincipalKind = Principal['kind'];

/** The client id that gets the test-only admin principal, and only when the sandbox runs in testMode. */
export const TEST_ADMIN_CLIENT_ID = 'sandbox-test-admin';

/** "PractitionerRole/<id>" of the user behind a principal. */
export function fhirUserOf(principal: Principal): string {
  return `PractitionerRole/${principal.user}`;
}

/** Works out the principal of a launch from the user's PractitionerRole (role code and organisation). */
export async function resolvePrincipal(
  directory: DirectorySource,
  user: string,
  patient: string | undefined,
  testAdmin: boolean,
): Promise<Principal | undefined> {
  if (testAdmin) {
    return { kind: 'test-admin', user };
  }
  const role = await directory.readResource<PractitionerRole>('PractitionerRole', user);
  if (!role) {
    return undefined;
  }
  const organization = role.organization?.reference;
  const code = userRole(role);
  if (code === 'gp' || code === 'ward-nurse') {
    return { kind: 'clinician', user, organization, patient };
  }
  if (code === 'adviser' || code === 'lead') {
    return { kind: code, user, organization };
  }
  return undefined;
}

/** What authorisation servers say when they refuse the app, read the same way by the gateway's token refresh and the launch. */

/**
 * OAuth errors that say the app's registration is wrong (RFC 6749 sections 4.1.2.1 and 5.2): the
 * client is unknown, its authentication failed, or it may not use this grant. The token endpoint
 * answers these with HTTP 401, which must not read as an ended session.
 */
const REGISTRATION_ERRORS = /\b(invalid_client|unauthorized_client)\b/;

/** Did the authorisation server refuse the app itself (a registration problem)? */
export function isRegistrationError(err: unknown): boolean {
  return REGISTRATION_ERRORS.test(errorMessage(err));
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    return err.message;
  }
  return typeof err === 'string' ? err : '';
}

// PLACEHOLDER until the SMART authorisation work lands (same session): accepts every call.
// It exists only so that the FHIR layer can be developed; it is replaced, never shipped.
import type { IncomingMessage } from 'node:http';
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import type { FhirService } from '../fhir/service';
import type { AccessPolicy, Handler } from '../types';

export interface AuthService {
  handler: Handler;
  authenticate(req: IncomingMessage): AccessPolicy;
}

export function createAuthService(_options: SandboxOptions, _urls: SandboxUrls, _fhir: FhirService): AuthService {
  const open: AccessPolicy = {
    patientId: undefined,
    fhirUser: undefined,
    assertInteraction: () => undefined,
    assertResource: () => undefined,
  };
  return { handler: () => Promise.resolve(false), authenticate: () => open };
}

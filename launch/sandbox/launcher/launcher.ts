// PLACEHOLDER until the launcher work lands (same session).
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import type { FhirService } from '../fhir/service';
import type { Handler } from '../types';

export function createLauncher(_options: SandboxOptions, _urls: SandboxUrls, _fhir: FhirService): { handler: Handler } {
  return { handler: () => Promise.resolve(false) };
}

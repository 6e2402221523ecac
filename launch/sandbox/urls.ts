/** The sandbox's public addresses, known once the server listens (port 0 picks one). */
export interface SandboxUrls {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  /** e.g. http://127.0.0.1:4010/fhir — the `iss` and the only accepted `aud`. */
  fhirBase: string;
}

export function sandboxUrls(host: string, port: number): SandboxUrls {
  const origin = `http://${host}:${port}`;
  return { origin, fhirBase: `${origin}/fhir` };
}

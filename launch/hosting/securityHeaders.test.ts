import { describe, expect, it } from 'vitest';
import { hostingPolicyFromEnv, LOCAL_SANDBOX_ORIGIN, securityHeaders } from './securityHeaders';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('security headers for the built app', () => {
  const headers = securityHeaders({
    connectOrigins: ['https://fhir.example.nhs.uk', 'https://auth.example.nhs.uk'],
    frameAncestors: ['https://ehr.example.nhs.uk'],
  });
  const csp = directives(headers['Content-Security-Policy'] ?? '');

  it('allows only the app’s own scripts: no inline script, no eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(headers['Content-Security-Policy']).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('calls only the configured servers and is framed only by the configured EHRs', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://fhir.example.nhs.uk', 'https://auth.example.nhs.uk']);
    expect(csp.get('frame-ancestors')).toEqual(["'self'", 'https://ehr.example.nhs.uk']);
  });

  it('sends no referrer, no MIME sniffing and no powerful features', () => {
    expect(headers).toMatchObject({ 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' });
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('reads the origins from the environment, defaulting to the local sandbox', () => {
    expect(hostingPolicyFromEnv({})).toEqual({
      connectOrigins: [LOCAL_SANDBOX_ORIGIN],
      frameAncestors: [LOCAL_SANDBOX_ORIGIN],
    });
    expect(hostingPolicyFromEnv({ HJP_CONNECT_ORIGINS: ' https://a.example  https://b.example:8443 ' })).toMatchObject({
      connectOrigins: ['https://a.example', 'https://b.example:8443'],
    });
  });

  it('refuses a value that is not an origin, naming the variable', () => {
    expect(() => hostingPolicyFromEnv({ HJP_FRAME_ANCESTORS: 'https://ehr.example/app' })).toThrow(
      /HJP_FRAME_ANCESTORS: "https:\/\/ehr.example\/app" is not an origin/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkAuthorizeRequest } from './authorize-request';
import { isLoopbackHttpUrl } from './loopback';
import { verifyS256 } from './pkce';
import { createLaunchStore } from './launch-store';

const FHIR = 'http://127.0.0.1:4010/fhir';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

const base = (): URLSearchParams =>
  new URLSearchParams({
    response_type: 'code',
    client_id: 'app',
    redirect_uri: 'http://127.0.0.1:5173/',
    state: 's1',
    aud: FHIR,
    scope: 'openid fhirUser',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
  });

const withParam = (key: string, value: string | null): URLSearchParams => {
  const p = base();
  if (value === null) {
    p.delete(key);
  } else {
    p.set(key, value);
  }
  return p;
};

describe('checkAuthorizeRequest', () => {
  it('accepts a complete request', () => {
    expect(checkAuthorizeRequest(base(), FHIR).kind).toBe('ok');
  });

  it('answers with a page, never a redirect, for an untrusted redirect_uri', () => {
    expect(checkAuthorizeRequest(withParam('redirect_uri', 'https://evil.example/cb'), FHIR).kind).toBe('page');
    expect(checkAuthorizeRequest(withParam('client_id', ''), FHIR).kind).toBe('page');
  });

  it.each([
    ['aud', `${FHIR}/`],
    ['code_challenge', null],
    ['code_challenge_method', 'plain'],
    ['code_challenge_method', null],
    ['state', null],
  ])('redirects invalid_request when %s is %s', (key, value) => {
    expect(checkAuthorizeRequest(withParam(key, value), FHIR)).toMatchObject({
      kind: 'redirect',
      error: 'invalid_request',
    });
  });
});

describe('helpers', () => {
  it('knows loopback http(s) URLs', () => {
    expect(isLoopbackHttpUrl('http://localhost:5173/launch.html')).toBe(true);
    expect(isLoopbackHttpUrl('https://[::1]:8443/cb')).toBe(true);
    expect(isLoopbackHttpUrl('http://127.0.0.1.evil.example/')).toBe(false);
    expect(isLoopbackHttpUrl('javascript:alert(1)')).toBe(false);
  });

  it('verifies S256 with the RFC 7636 example', () => {
    expect(verifyS256(VERIFIER, CHALLENGE)).toBe(true);
    expect(verifyS256(`${VERIFIER.slice(0, -1)}Y`, CHALLENGE)).toBe(false);
  });

  it('stores a launch behind an opaque id and lets it expire after an hour', () => {
    let now = 1000;
    const launches = createLaunchStore(() => now);
    const context = { user: 'gp', patient: 'pat-001', encounter: undefined, needPatientBanner: false };
    const id = launches.register(context);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(id, 'base64url').toString('utf8')).not.toContain('pat-001');
    now = 2000;
    expect(launches.find(id)).toEqual(context);
    expect(launches.find('not-a-launch')).toBeUndefined();
    now = 1000 + 3_600_001;
    expect(launches.find(id)).toBeUndefined();
  });
});

import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AssertionError, verifyAssertion, type BackendClientRegistration } from './clients';
import { createSystemPolicy, grantSystemScopes, parseSystemScope } from './system-policy';

const AUD = 'http://127.0.0.1:4010/auth/token';
const encode = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

function rs384Client(): { client: BackendClientRegistration; assertion: (claims?: Record<string, unknown>) => string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const client: BackendClientRegistration = {
    clientId: 'rs-client',
    jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS384' }] },
    scope: 'system/Patient.rs',
  };
  const assertion = (claims: Record<string, unknown> = {}): string => {
    const input = `${encode({ alg: 'RS384', kid: 'k1', typ: 'JWT' })}.${encode({
      iss: 'rs-client',
      sub: 'rs-client',
      aud: AUD,
      exp: Math.floor(Date.now() / 1000) + 120,
      jti: randomUUID(),
      ...claims,
    })}`;
    return `${input}.${sign('sha384', Buffer.from(input), privateKey).toString('base64url')}`;
  };
  return { client, assertion };
}

describe('client assertions (private_key_jwt)', () => {
  it('accepts RS384 signed by the registered key', () => {
    const { client, assertion } = rs384Client();
    expect(verifyAssertion(assertion(), new Map([[client.clientId, client]]), AUD, new Map()).clientId).toBe(
      'rs-client',
    );
  });

  it('refuses an assertion lasting more than five minutes, or with iss unlike sub', () => {
    const { client, assertion } = rs384Client();
    const clients = new Map([[client.clientId, client]]);
    expect(() =>
      verifyAssertion(assertion({ exp: Math.floor(Date.now() / 1000) + 900 }), clients, AUD, new Map()),
    ).toThrow(AssertionError);
    expect(() => verifyAssertion(assertion({ sub: 'someone-else' }), clients, AUD, new Map())).toThrow(/iss and sub/);
  });

  it('refuses an assertion that is not RS384 or ES384 (here alg none, unsigned)', () => {
    const { client } = rs384Client();
    const unsigned = `${encode({ alg: 'none' })}.${encode({ iss: 'rs-client', sub: 'rs-client' })}.`;
    expect(() => verifyAssertion(unsigned, new Map([[client.clientId, client]]), AUD, new Map())).toThrow(
      /RS384 or ES384/,
    );
  });
});

describe('system scopes', () => {
  it('parses v2 and v1 system scopes and nothing else', () => {
    expect([...(parseSystemScope('system/Task.rs')?.interactions ?? [])]).toEqual(['read', 'search']);
    expect([...(parseSystemScope('system/*.read')?.interactions ?? [])]).toEqual(['read', 'search']);
    expect(parseSystemScope('user/Task.rs')).toBeUndefined();
    expect(parseSystemScope('system/Task.sr')).toBeUndefined();
  });

  it('grants the intersection with the registration', () => {
    expect(
      grantSystemScopes('system/Task.cruds system/Task.rs system/Patient.rs', 'system/Task.rs').map((g) => g.scope),
    ).toEqual(['system/Task.rs']);
  });

  it('gives a policy by type only: every resource of a granted type, no other type', () => {
    const policy = createSystemPolicy('c', grantSystemScopes('system/Patient.rs', 'system/*.rs'));
    const record = policy.begin({ current: () => undefined, all: () => [] });
    expect(record.reveal('read', { resourceType: 'Patient', id: 'anyone' })).toEqual({
      resourceType: 'Patient',
      id: 'anyone',
    });
    expect(
      record.reveal('read', { resourceType: 'Task', id: 't', status: 'requested', intent: 'order' }),
    ).toHaveProperty('refused');
    expect(() => {
      policy.assertInteraction('update', 'Patient');
    }).toThrow(/system\/Patient\.u/);
    expect(policy.patientId).toBeUndefined();
    expect(policy.fhirUser).toBeUndefined();
  });
});

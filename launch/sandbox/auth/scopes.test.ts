import { describe, expect, it } from 'vitest';
import { parseResourceScope, parseScopes } from './scopes';

const interactions = (scope: string): string[] => {
  const parsed = parseResourceScope(scope);
  if ('reason' in parsed) {
    throw new Error(parsed.reason);
  }
  return [...parsed.interactions].sort();
};

describe('parseResourceScope', () => {
  it('reads SMART v2 cruds subsets', () => {
    expect(interactions('patient/Task.rs')).toEqual(['read', 'search']);
    expect(interactions('user/Task.cruds')).toEqual(['create', 'delete', 'read', 'search', 'update']);
    expect(interactions('user/ServiceRequest.u')).toEqual(['update']);
    expect(parseResourceScope('user/*.rs')).toMatchObject({ level: 'user', resourceType: '*' });
    expect(parseResourceScope('patient/*.cruds')).toMatchObject({ level: 'patient', resourceType: '*' });
  });

  it('maps v1 read, write and * onto v2', () => {
    expect(interactions('patient/Observation.read')).toEqual(['read', 'search']);
    expect(interactions('user/Task.write')).toEqual(['create', 'delete', 'update']);
    expect(interactions('user/*.*')).toEqual(['create', 'delete', 'read', 'search', 'update']);
  });

  it('refuses letters out of order, repeated or unknown', () => {
    expect(parseResourceScope('patient/Task.sr')).toHaveProperty('reason');
    expect(parseResourceScope('patient/Task.rr')).toHaveProperty('reason');
    expect(parseResourceScope('patient/Task.x')).toHaveProperty('reason');
    expect(parseResourceScope('patient/task.rs')).toHaveProperty('reason');
  });

  it('refuses query-filtered and system scopes rather than widening them', () => {
    expect(parseResourceScope('patient/Observation.rs?category=laboratory')).toHaveProperty('reason');
    expect(parseResourceScope('system/Task.rs')).toHaveProperty('reason');
  });
});

describe('parseScopes', () => {
  it('separates flags, grants and refused scopes', () => {
    const parsed = parseScopes('openid fhirUser launch  launch/patient patient/Task.rs user/Foo.zz offline_access');
    expect([...parsed.flags].sort()).toEqual(['fhirUser', 'launch', 'launch/patient', 'offline_access', 'openid']);
    expect(parsed.grants.map((g) => g.scope)).toEqual(['patient/Task.rs']);
    expect(parsed.refused.map((r) => r.scope)).toEqual(['user/Foo.zz']);
  });
});

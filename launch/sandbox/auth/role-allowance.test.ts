import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../../src/smart/scopes';
import { allowanceFor, intersectGrants, readOnlyGrants } from './role-allowance';
import { parseScopes } from './scopes';

const granted = (requested: string, principal: Parameters<typeof allowanceFor>[0]): string[] =>
  intersectGrants(parseScopes(requested).grants, allowanceFor(principal))
    .map((g) => g.scope)
    .sort();

const gpInRecord = { kind: 'clinician', user: 'gp', organization: 'Organization/p', patient: 'pat-001' } as const;

describe('scopes granted = requested ∩ the role allowance', () => {
  it('turns a wildcard into the role’s own types, never more', () => {
    const scopes = granted('patient/*.cruds user/*.cruds', gpInRecord);
    expect(scopes).not.toContain('patient/*.cruds');
    expect(scopes).toContain('patient/ServiceRequest.crus');
    expect(
      scopes.filter(
        (s) => s.startsWith('user/') && !/Practitioner|Organization|HealthcareService|Questionnaire\./.test(s),
      ),
    ).toEqual([]);
  });

  it('keeps a scope the role has in full as asked, and cuts one it has in part', () => {
    expect(granted('patient/Task.crus', gpInRecord)).toEqual(['patient/Task.crus']);
    expect(granted('patient/Patient.rs', gpInRecord)).toEqual(['patient/Patient.r']);
    expect(granted('patient/Condition.read', gpInRecord)).toEqual([]);
  });

  it('gives the app exactly what it asks for each role', () => {
    const adviser = { kind: 'adviser', user: 'adviser', organization: 'Organization/a' } as const;
    const ask = SCOPES.adviser.join(' ');
    expect(granted(ask, adviser)).toEqual(SCOPES.adviser.filter((s) => s.includes('/')).sort());
    expect(granted('user/Patient.cruds', adviser)).toEqual(['user/Patient.rs']);
  });

  it('gives a clinician without a patient the practice profile’s user-level scopes, never more', () => {
    const practice = { ...gpInRecord, patient: undefined };
    expect(granted('user/ServiceRequest.rs patient/ServiceRequest.rs', practice)).toEqual(['user/ServiceRequest.rs']);
    expect(granted(SCOPES.practice.join(' '), practice)).toEqual(SCOPES.practice.filter((s) => s.includes('/')).sort());
    expect(granted('user/Task.cruds user/Communication.cruds user/QuestionnaireResponse.rs', practice)).toEqual([
      'user/Communication.rus',
      'user/Task.rs',
    ]);
  });

  it('limits nothing for the test-only admin', () => {
    expect(granted('user/*.cruds', { kind: 'test-admin', user: 'gp' })).toEqual(['user/*.cruds']);
  });

  it('an EHR that grants read access only keeps the read and search part of each scope, nothing written', () => {
    const scopes = readOnlyGrants(
      intersectGrants(parseScopes(SCOPES.clinician.join(' ')).grants, allowanceFor(gpInRecord)),
    )
      .map((g) => g.scope)
      .sort();
    expect(scopes).toContain('patient/ServiceRequest.rs');
    expect(scopes).toContain('patient/Patient.r');
    expect(scopes.filter((s) => /\.[a-z]*[cud]/.test(s))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Bundle, Organization, Practitioner, PractitionerRole } from 'fhir/r4';
import { USER_ROLE_SYSTEM } from '../../fhir-profiles/src/canonical';
import { firstRoleId, roleOf, userFromRoleBundle, type JobRole } from './user';

const role = (id: string, code: string | undefined, active = true): PractitionerRole => ({
  resourceType: 'PractitionerRole',
  id,
  active,
  practitioner: { reference: 'Practitioner/p1' },
  organization: { reference: 'Organization/o1' },
  code: code ? [{ coding: [{ system: USER_ROLE_SYSTEM, code }] }] : [{ text: 'Practice nurse' }],
});

const practitioner: Practitioner = {
  resourceType: 'Practitioner',
  id: 'p1',
  name: [{ prefix: ['Dr'], given: ['Anjali'], family: 'Mehta' }],
};
const organisation: Organization = { resourceType: 'Organization', id: 'o1', name: 'Chapel Lane Medical Practice' };

const bundle = (...roles: PractitionerRole[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: [
    ...roles.map((resource) => ({ resource, search: { mode: 'match' as const } })),
    { resource: practitioner, search: { mode: 'include' } },
    { resource: organisation, search: { mode: 'include' } },
  ],
});

describe('the signed-in user', () => {
  it('reads name, role and organisation from a PractitionerRole with its includes', () => {
    expect(userFromRoleBundle(bundle(role('gp', 'gp')), 'gp')).toEqual({
      reference: 'PractitionerRole/gp',
      name: 'Dr Anjali Mehta',
      role: 'gp',
      roleLabel: 'GP',
      organisation: { reference: 'Organization/o1', name: 'Chapel Lane Medical Practice' },
    });
  });

  it('ignores role codes it does not know and shows the job title instead', () => {
    expect(roleOf(role('x', 'surgeon'))).toBeUndefined();
    const user = userFromRoleBundle(bundle(role('n', undefined)), 'n');
    expect(user?.role).toBeUndefined();
    expect(user?.roleLabel).toBe('Practice nurse');
  });

  it('is unknown when the role is not in the results', () => {
    expect(userFromRoleBundle(bundle(role('gp', 'gp')), 'other')).toBeUndefined();
  });

  it('picks the first active role when the EHR names a Practitioner', () => {
    expect(firstRoleId(bundle(role('old', 'gp', false), role('current', 'gp')))).toBe('current');
    expect(firstRoleId(bundle())).toBeUndefined();
  });

  it('maps a real EHR’s SNOMED CT job role to an HJP role when there is no HJP role code', () => {
    const snomed = (code: string, display: string): PractitionerRole => ({
      ...role('r', undefined),
      code: [{ coding: [{ system: 'http://snomed.info/sct', code, display }] }],
    });
    // As partnership.json maps them (src/config/jobRoles.ts reads that file).
    const map: JobRole[] = [
      { system: 'http://snomed.info/sct', code: '62247001', display: 'General practitioner', role: 'gp' },
      { system: 'http://snomed.info/sct', code: '224535009', display: 'Registered nurse', role: 'ward-nurse' },
    ];
    const gp = userFromRoleBundle(bundle(snomed('62247001', 'General practitioner (occupation)')), 'r', map);
    expect(gp?.role).toBe('gp');
    expect(gp?.roleLabel).toBe('General practitioner');
    expect(roleOf(snomed('224535009', 'Registered nurse'), map)).toBe('ward-nurse');
    expect(roleOf(snomed('309343006', 'Physician'), map)).toBeUndefined();
    expect(roleOf(snomed('62247001', 'General practitioner'))).toBeUndefined();
    const jobRoles = [
      { system: 'http://snomed.info/sct', code: '309343006', display: 'Physician', role: 'ward-nurse' as const },
    ];
    expect(roleOf(snomed('309343006', 'Physician'), jobRoles)).toBe('ward-nurse');
  });

  it('prefers HJP’s own role code over a mapped job role', () => {
    const both: PractitionerRole = {
      ...role('b', 'lead'),
      code: [
        { coding: [{ system: USER_ROLE_SYSTEM, code: 'lead' }] },
        { coding: [{ system: 'http://snomed.info/sct', code: '62247001' }] },
      ],
    };
    expect(roleOf(both)).toBe('lead');
  });
});

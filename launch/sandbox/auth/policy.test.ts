import { describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { AccessDeniedError } from '../types';
import { createAccessPolicy } from './policy';
import { parseScopes } from './scopes';

const policy = (scope: string, patientId?: string): ReturnType<typeof createAccessPolicy> =>
  createAccessPolicy({ grants: parseScopes(scope).grants, patientId, fhirUser: 'PractitionerRole/gp' });

const task = (patient: string): Resource => ({
  resourceType: 'Task',
  status: 'requested',
  intent: 'order',
  for: { reference: `Patient/${patient}` },
});

describe('createAccessPolicy', () => {
  it('refuses an interaction no scope grants, naming the missing scope', () => {
    const p = policy('patient/Patient.rs', 'pat-001');
    expect(() => {
      p.assertInteraction('search', 'Task');
    }).toThrow(AccessDeniedError);
    expect(() => {
      p.assertInteraction('search', 'Task');
    }).toThrow(/patient\/Task\.s/);
    expect(() => {
      p.assertInteraction('update', 'Patient');
    }).toThrow(/patient\/Patient\.u/);
    expect(() => {
      p.assertInteraction('read', 'Patient');
    }).not.toThrow();
  });

  it('keeps patient-level tokens inside the patient compartment', () => {
    const p = policy('patient/*.cruds', 'pat-001');
    expect(() => {
      p.assertResource('read', task('pat-001'));
    }).not.toThrow();
    expect(() => {
      p.assertResource('read', task('pat-002'));
    }).toThrow(AccessDeniedError);
    expect(() => {
      p.assertResource('create', task('pat-002'));
    }).toThrow(AccessDeniedError);
    expect(() => {
      p.assertResource('read', { resourceType: 'Patient', id: 'pat-001' });
    }).not.toThrow();
    expect(() => {
      p.assertResource('read', { resourceType: 'Patient', id: 'pat-002' });
    }).toThrow(AccessDeniedError);
  });

  it('evaluates compartment params through search parameter expressions (absolute references too)', () => {
    const p = policy('patient/Consent.rs patient/Communication.rs', 'pat-001');
    const consent: Resource = {
      resourceType: 'Consent',
      status: 'active',
      scope: {},
      category: [],
      patient: { reference: 'http://127.0.0.1:4010/fhir/Patient/pat-001' },
    };
    expect(() => {
      p.assertResource('read', consent);
    }).not.toThrow();
    const message: Resource = {
      resourceType: 'Communication',
      status: 'completed',
      subject: { reference: 'Patient/pat-0011' },
    };
    expect(() => {
      p.assertResource('read', message);
    }).toThrow(AccessDeniedError);
  });

  it('lets patient tokens read, not write, types outside any compartment when the scope names them', () => {
    const p = policy('patient/Organization.cruds', 'pat-001');
    const org: Resource = { resourceType: 'Organization', id: 'org-advice', name: 'Advice' };
    expect(() => {
      p.assertResource('read', org);
    }).not.toThrow();
    expect(() => {
      p.assertResource('update', org);
    }).toThrow(AccessDeniedError);
    expect(() => {
      policy('patient/Task.rs', 'pat-001').assertResource('read', org);
    }).toThrow(AccessDeniedError);
  });

  it('lets user-level tokens reach every resource their scopes allow', () => {
    const p = policy('user/Task.rs');
    expect(() => {
      p.assertResource('search', task('pat-002'));
    }).not.toThrow();
    expect(() => {
      p.assertResource('update', task('pat-002'));
    }).toThrow(/user\/Task\.u/);
  });
});

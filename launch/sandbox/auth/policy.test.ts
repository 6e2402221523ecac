import { describe, expect, it } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import { AccessDeniedError, type AccessPolicy, type FhirInteraction, type RecordView } from '../types';
import { createAccessPolicy } from './policy';
import { parseScopes } from './scopes';

/** The scope and compartment mechanics alone: the test-only admin principal has no record rules. */
const policy = (scope: string, patientId?: string): AccessPolicy =>
  createAccessPolicy({
    grants: parseScopes(scope).grants,
    patientId,
    principal: { kind: 'test-admin', user: 'gp' },
    now: () => new Date('2026-12-01T09:00:00Z'),
  });

const EMPTY: RecordView = { current: () => undefined, all: () => [] };

/** Throws AccessDeniedError as the FHIR layer would: reads and searches reveal, writes assert. */
function assertResource(p: AccessPolicy, interaction: FhirInteraction, resource: Resource): void {
  const access = p.begin(EMPTY);
  if (interaction === 'read' || interaction === 'search') {
    const seen = access.reveal(interaction, resource);
    if ('refused' in seen) {
      throw new AccessDeniedError(seen.refused);
    }
    return;
  }
  access.assertWrite(interaction, resource, interaction === 'create' ? undefined : resource);
}

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
      assertResource(p, 'read', task('pat-001'));
    }).not.toThrow();
    expect(() => {
      assertResource(p, 'read', task('pat-002'));
    }).toThrow(AccessDeniedError);
    expect(() => {
      assertResource(p, 'create', task('pat-002'));
    }).toThrow(AccessDeniedError);
    expect(() => {
      assertResource(p, 'read', { resourceType: 'Patient', id: 'pat-001' });
    }).not.toThrow();
    expect(() => {
      assertResource(p, 'read', { resourceType: 'Patient', id: 'pat-002' });
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
      assertResource(p, 'read', consent);
    }).not.toThrow();
    const message: Resource = {
      resourceType: 'Communication',
      status: 'completed',
      subject: { reference: 'Patient/pat-0011' },
    };
    expect(() => {
      assertResource(p, 'read', message);
    }).toThrow(AccessDeniedError);
  });

  it('lets patient tokens read, not write, types outside any compartment when the scope names them', () => {
    const p = policy('patient/Organization.cruds', 'pat-001');
    const org: Resource = { resourceType: 'Organization', id: 'org-advice', name: 'Advice' };
    expect(() => {
      assertResource(p, 'read', org);
    }).not.toThrow();
    expect(() => {
      assertResource(p, 'update', org);
    }).toThrow(AccessDeniedError);
    expect(() => {
      assertResource(policy('patient/Task.rs', 'pat-001'), 'read', org);
    }).toThrow(AccessDeniedError);
  });

  it('lets user-level tokens reach every resource their scopes allow', () => {
    const p = policy('user/Task.rs');
    expect(() => {
      assertResource(p, 'search', task('pat-002'));
    }).not.toThrow();
    expect(() => {
      assertResource(p, 'update', task('pat-002'));
    }).toThrow(/user\/Task\.u/);
  });
});

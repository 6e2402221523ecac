import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { describeNeed, missingCapabilities, needsOf } from './capabilities';

const resource = (
  type: string,
  params: string[],
  over: Partial<CapabilityStatementRestResource> = {},
): CapabilityStatementRestResource => ({
  type: type as CapabilityStatementRestResource['type'],
  conditionalCreate: true,
  versioning: 'versioned-update',
  searchParam: params.map((name) => ({ name, type: 'token' })),
  ...over,
});

const TASK_PARAMS = [
  'owner',
  'code',
  'status',
  'priority',
  'business-status',
  'authored-on',
  'focus',
  'patient',
  'case-owner',
];

function statement(
  over: { interactions?: string[]; resources?: CapabilityStatementRestResource[] } = {},
): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    kind: 'instance',
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        interaction: (over.interactions ?? ['transaction', 'batch']).map((code) => ({
          code: code as 'transaction',
        })),
        resource: over.resources ?? [
          resource('Task', TASK_PARAMS),
          resource('ServiceRequest', ['identifier', 'reason-code']),
          resource('Patient', ['identifier', 'name']),
          resource('PractitionerRole', ['organization']),
          ...['QuestionnaireResponse', 'Consent', 'Provenance', 'Communication'].map((t) => resource(t, [])),
        ],
      },
    ],
  };
}

describe('what the server must support', () => {
  it('finds nothing missing on a server that declares everything', () => {
    for (const role of ['gp', 'ward-nurse', 'adviser', 'lead'] as const) {
      expect(missingCapabilities(statement(), needsOf(role))).toEqual([]);
    }
  });

  it('names a missing transaction, conditional create or caseload search parameter', () => {
    const noTx = missingCapabilities(statement({ interactions: ['batch'] }), needsOf('gp'));
    expect(noTx.map(describeNeed)).toEqual(['saving several records together in one transaction']);
    const noConditional = statement({
      resources: [
        resource('Task', TASK_PARAMS, { conditionalCreate: false }),
        resource('ServiceRequest', ['identifier']),
        resource('Patient', ['identifier']),
        resource('PractitionerRole', ['organization']),
        resource('Communication', []),
      ],
    });
    expect(missingCapabilities(noConditional, needsOf('adviser')).map(describeNeed)).toEqual([
      'creating a Task only if it does not exist yet (conditional create)',
      'searching ServiceRequest records by “reason-code”',
      'searching Task records by their Patient’s “name” (chained search)',
    ]);
  });

  it('asks the lead for nothing, the adviser for the caseload’s searches, the clinician for the referral’s writes', () => {
    expect(needsOf('lead')).toEqual([]);
    expect(needsOf('adviser')).toContainEqual({ kind: 'search', type: 'Task', param: 'priority' });
    expect(needsOf('gp')).toContainEqual({ kind: 'conditional-create', type: 'ServiceRequest' });
  });
});

import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4';
import type { UserRole } from '../../fhir-profiles/src/canonical';

/**
 * What HJP Link needs from the FHIR server, checked against its CapabilityStatement (`/metadata`).
 * Pure: the caller fetches the statement once, alongside the first requests.
 */
export type Need =
  | { kind: 'system'; interaction: 'transaction' | 'batch' }
  | { kind: 'conditional-create'; type: string }
  | { kind: 'versioned-update'; type: string }
  | { kind: 'search'; type: string; param: string }
  /** A chained search (`patient.identifier`): the reference parameter and the target's parameter both declared. */
  | { kind: 'chain'; type: string; param: string; target: string; targetParam: string };

const CLINICIAN_NEEDS: readonly Need[] = [
  { kind: 'system', interaction: 'transaction' },
  ...['QuestionnaireResponse', 'Consent', 'ServiceRequest', 'Task', 'Provenance', 'Communication'].map(
    (type): Need => ({ kind: 'conditional-create', type }),
  ),
  { kind: 'versioned-update', type: 'Task' },
  { kind: 'search', type: 'ServiceRequest', param: 'identifier' },
  { kind: 'search', type: 'Task', param: 'patient' },
];

/** The caseload's searches (src/casework/caseloadQuery.ts) and the case's batches. */
const ADVISER_NEEDS: readonly Need[] = [
  { kind: 'system', interaction: 'transaction' },
  { kind: 'system', interaction: 'batch' },
  ...['Task', 'Communication'].map((type): Need => ({ kind: 'conditional-create', type })),
  { kind: 'versioned-update', type: 'Task' },
  ...['owner', 'code', 'status', 'priority', 'business-status', 'authored-on', 'focus', 'patient'].map(
    (param): Need => ({ kind: 'search', type: 'Task', param }),
  ),
  { kind: 'search', type: 'ServiceRequest', param: 'reason-code' },
  // "Search cases" (src/casework/caseSearch.ts) and the case owner (fhir-profiles search-parameters.fsh).
  { kind: 'chain', type: 'Task', param: 'patient', target: 'Patient', targetParam: 'identifier' },
  { kind: 'chain', type: 'Task', param: 'patient', target: 'Patient', targetParam: 'name' },
  { kind: 'chain', type: 'Task', param: 'focus', target: 'ServiceRequest', targetParam: 'identifier' },
  { kind: 'search', type: 'Task', param: 'case-owner' },
  { kind: 'search', type: 'PractitionerRole', param: 'organization' },
];

/** What each HJP role's screens use. The lead reads only. */
export function needsOf(role: UserRole | undefined): readonly Need[] {
  if (role === 'adviser') {
    return ADVISER_NEEDS;
  }
  if (role === 'gp' || role === 'ward-nurse') {
    return CLINICIAN_NEEDS;
  }
  return [];
}

function serverRest(statement: CapabilityStatement): NonNullable<CapabilityStatement['rest']>[number] | undefined {
  return statement.rest?.find((r) => r.mode === 'server');
}

function isMet(need: Need, statement: CapabilityStatement): boolean {
  const rest = serverRest(statement);
  if (need.kind === 'chain') {
    // R4 has no CapabilityStatement element for chaining (SearchParameter.chain says it); both
    // ends declared is what a client can check.
    return (
      isMet({ kind: 'search', type: need.type, param: need.param }, statement) &&
      isMet({ kind: 'search', type: need.target, param: need.targetParam }, statement)
    );
  }
  if (need.kind === 'system') {
    return (rest?.interaction ?? []).some((i) => i.code === need.interaction);
  }
  const resource: CapabilityStatementRestResource | undefined = rest?.resource?.find((r) => r.type === need.type);
  if (!resource) {
    return false;
  }
  switch (need.kind) {
    case 'conditional-create':
      return resource.conditionalCreate === true;
    case 'versioned-update':
      return resource.versioning === 'versioned-update';
    case 'search':
      return (resource.searchParam ?? []).some((p) => p.name === need.param);
  }
}

/** The needs the server does not declare. An empty list: nothing to tell the user. */
export function missingCapabilities(statement: CapabilityStatement, needs: readonly Need[]): Need[] {
  return needs.filter((need) => !isMet(need, statement));
}

/** Each missing need in plain words, for the problem page (and the IT service desk). */
export function describeNeed(need: Need): string {
  switch (need.kind) {
    case 'system':
      return need.interaction === 'transaction'
        ? 'saving several records together in one transaction'
        : 'reading several records in one batch request';
    case 'conditional-create':
      return `creating a ${need.type} only if it does not exist yet (conditional create)`;
    case 'versioned-update':
      return `updating a ${need.type} only if nobody else changed it first (If-Match)`;
    case 'search':
      return `searching ${need.type} records by “${need.param}”`;
    case 'chain':
      return `searching ${need.type} records by their ${need.target}’s “${need.targetParam}” (chained search)`;
  }
}

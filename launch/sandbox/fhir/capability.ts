import { getResourceTypes, getSearchParameters } from '@medplum/core';
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';

const INTERACTIONS = [
  'read',
  'vread',
  'update',
  'patch',
  'delete',
  'history-instance',
  'create',
  'search-type',
] as const;

/** R4 has no CapabilityStatement element for chains; the documentation says what the server does. */
const CHAINING =
  'Chaining supported (param.x and param:Type.x, one or more levels; matched on what the token may see of the linked record). Reverse chaining (_has) is not supported.';

/** Search parameters every resource type accepts (R4 "Resource" and "DomainResource" parameters). */
const COMMON_PARAMETERS = ['_id', '_lastUpdated', '_tag', '_profile', '_security'];

function resourceEntry(type: string): CapabilityStatementRestResource {
  const params = Object.values(getSearchParameters(type) ?? {});
  const known = new Set(params.map((p) => p.code));
  return {
    type: type as CapabilityStatementRestResource['type'],
    versioning: 'versioned-update',
    readHistory: true,
    updateCreate: true,
    conditionalCreate: true,
    conditionalUpdate: true,
    conditionalDelete: 'single',
    interaction: INTERACTIONS.map((code) => ({ code })),
    searchInclude: params.filter((p) => p.type === 'reference').map((p) => `${type}:${p.code}`),
    searchParam: [
      ...COMMON_PARAMETERS.filter((code) => !known.has(code)).map((name) => ({
        name,
        type: name === '_lastUpdated' ? ('date' as const) : ('token' as const),
      })),
      ...params.map((p) => ({
        name: p.code,
        type: p.type,
        ...(p.url ? { definition: p.url } : {}),
        ...(p.type === 'reference' ? { documentation: CHAINING } : {}),
      })),
    ],
  };
}

/** The sandbox's CapabilityStatement; the SMART oauth-uris extension points at the auth endpoints. */
export function buildCapabilityStatement(origin: string, fhirBase: string, date: string): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    software: { name: 'HJP Link local EHR sandbox' },
    implementation: { description: 'Local SMART on FHIR sandbox on Medplum’s in-memory engine', url: fhirBase },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    patchFormat: ['application/json-patch+json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: true,
          service: [
            {
              coding: [
                { system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' },
              ],
              text: 'OAuth2 using SMART-on-FHIR profile (see http://docs.smarthealthit.org)',
            },
          ],
          extension: [
            {
              url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris',
              extension: [
                { url: 'authorize', valueUri: `${origin}/auth/authorize` },
                { url: 'token', valueUri: `${origin}/auth/token` },
              ],
            },
          ],
        },
        interaction: [{ code: 'transaction' }, { code: 'batch' }],
        resource: getResourceTypes().map(resourceEntry),
      },
    ],
  };
}

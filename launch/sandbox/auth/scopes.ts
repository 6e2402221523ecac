import type { FhirInteraction } from '../types';

/** One resource-access grant parsed from a SMART scope (v1 or v2 syntax). */
export interface ResourceGrant {
  readonly level: 'patient' | 'user';
  /** A resource type or '*'. */
  readonly resourceType: string;
  readonly interactions: ReadonlySet<FhirInteraction>;
  /** The scope text as granted (echoed in the token response). */
  readonly scope: string;
}

/** The result of reading a requested scope string. */
export interface ParsedScopes {
  readonly grants: readonly ResourceGrant[];
  /** Non-resource scopes understood here: openid, fhirUser, launch, launch/patient, ... */
  readonly flags: ReadonlySet<string>;
  /** Requested scopes that are not granted, each with the reason (never widened, only dropped). */
  readonly refused: readonly { scope: string; reason: string }[];
}

const FLAG_SCOPES = new Set([
  'openid',
  'fhirUser',
  'profile',
  'launch',
  'launch/patient',
  'launch/encounter',
  'online_access',
  'offline_access',
]);

const LETTER_TO_INTERACTION: Record<string, FhirInteraction> = {
  c: 'create',
  r: 'read',
  u: 'update',
  d: 'delete',
  s: 'search',
};

const V1_ACTIONS: Record<string, string> = { read: 'rs', write: 'cud', '*': 'cruds' };

const SCOPE_PATTERN = /^(patient|user|system)\/(\*|[A-Z][A-Za-z]+)\.([a-z*]+)(\?.*)?$/;

/** cruds letters must appear once each, in this order (SMART v2). */
function parseV2Permissions(text: string): Set<FhirInteraction> | undefined {
  if (!/^c?r?u?d?s?$/.test(text) || text === '') {
    return undefined;
  }
  return new Set(
    Object.entries(LETTER_TO_INTERACTION)
      .filter(([letter]) => text.includes(letter))
      .map(([, interaction]) => interaction),
  );
}

/** Parses one resource scope; returns a grant or the reason it is refused. */
export function parseResourceScope(scope: string): ResourceGrant | { reason: string } {
  const match = SCOPE_PATTERN.exec(scope);
  if (!match) {
    return { reason: 'not a SMART resource scope' };
  }
  const [, level, resourceType, action, query] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (level === 'system') {
    return { reason: 'system scopes need a backend-services client, which this sandbox does not offer' };
  }
  if (query !== undefined) {
    return { reason: 'query-filtered scopes are not supported here, so they are not granted' };
  }
  const permissions = parseV2Permissions(V1_ACTIONS[action] ?? action);
  if (!permissions) {
    return { reason: `"${action}" is neither v2 cruds nor v1 read/write/*` };
  }
  return { level: level as 'patient' | 'user', resourceType, interactions: permissions, scope };
}

/** Splits a space-separated scope string into grants, flags and refused scopes. */
export function parseScopes(scopeText: string): ParsedScopes {
  const grants: ResourceGrant[] = [];
  const flags = new Set<string>();
  const refused: { scope: string; reason: string }[] = [];
  for (const scope of new Set(scopeText.split(/\s+/).filter((s) => s !== ''))) {
    if (FLAG_SCOPES.has(scope)) {
      flags.add(scope);
      continue;
    }
    const parsed = parseResourceScope(scope);
    if ('reason' in parsed) {
      refused.push({ scope, reason: parsed.reason });
    } else {
      grants.push(parsed);
    }
  }
  return { grants, flags, refused };
}

/** The letter of an interaction, for messages ("patient/Task.s"). */
export function interactionLetter(interaction: FhirInteraction): string {
  return interaction === 'search' ? 's' : interaction.charAt(0);
}

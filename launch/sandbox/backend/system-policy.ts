import type { Resource } from '@medplum/fhirtypes';
import {
  AccessDeniedError,
  type AccessPolicy,
  type FhirInteraction,
  type RecordAccess,
  type WriteInteraction,
} from '../types';

/** One system/ scope: a resource type (or *) and its SMART v2 cruds letters. */
export interface SystemGrant {
  readonly resourceType: string;
  readonly interactions: ReadonlySet<FhirInteraction>;
  readonly scope: string;
}

const LETTERS: Readonly<Record<string, FhirInteraction>> = {
  c: 'create',
  r: 'read',
  u: 'update',
  d: 'delete',
  s: 'search',
};
const V1: Readonly<Record<string, string>> = { read: 'rs', write: 'cud', '*': 'cruds' };

export function parseSystemScope(scope: string): SystemGrant | undefined {
  const match = /^system\/(\*|[A-Z][A-Za-z]+)\.([a-z*]+)$/.exec(scope);
  if (!match?.[1] || !match[2]) {
    return undefined;
  }
  const letters = V1[match[2]] ?? match[2];
  if (!/^c?r?u?d?s?$/.test(letters) || letters === '') {
    return undefined;
  }
  return {
    resourceType: match[1],
    interactions: new Set(
      Object.entries(LETTERS)
        .filter(([letter]) => letters.includes(letter))
        .map(([, interaction]) => interaction),
    ),
    scope,
  };
}

/** What was asked for and is within what the client may have; never widened. */
export function grantSystemScopes(requested: string, allowed: string): SystemGrant[] {
  const most = allowed
    .split(/\s+/)
    .map(parseSystemScope)
    .filter((g) => g !== undefined);
  return requested
    .split(/\s+/)
    .map(parseSystemScope)
    .filter((g): g is SystemGrant => g !== undefined)
    .filter((g) =>
      most.some(
        (m) =>
          (m.resourceType === '*' || m.resourceType === g.resourceType) &&
          [...g.interactions].every((i) => m.interactions.has(i)),
      ),
    );
}

/**
 * The access policy of a backend (system-level) token: the scopes alone decide, for every
 * resource of the types granted; there is no user and no patient compartment.
 */
export function createSystemPolicy(clientId: string, grants: readonly SystemGrant[]): AccessPolicy {
  const allows = (interaction: FhirInteraction, resourceType: string): boolean =>
    grants.some((g) => g.interactions.has(interaction) && (g.resourceType === '*' || g.resourceType === resourceType));
  const deny = (interaction: FhirInteraction, resourceType: string): never => {
    const letter = interaction === 'search' ? 's' : interaction.charAt(0);
    throw new AccessDeniedError(
      `The backend client ${clientId} may not do this: it needs the scope system/${resourceType}.${letter}.`,
    );
  };
  return {
    patientId: undefined,
    fhirUser: undefined,
    assertInteraction(interaction, resourceType): void {
      if (!allows(interaction, resourceType)) {
        deny(interaction, resourceType);
      }
    },
    // The record rules of a system token: the scopes alone decide, by resource type.
    begin(): RecordAccess {
      return {
        reveal<R extends Resource>(interaction: 'read' | 'search', resource: R): R | { refused: string } {
          return allows(interaction, resource.resourceType)
            ? resource
            : { refused: `The backend client ${clientId} may not ${interaction} ${resource.resourceType}.` };
        },
        assertWrite(interaction: WriteInteraction, next: Resource | undefined, current: Resource | undefined): void {
          const resourceType = next?.resourceType ?? current?.resourceType ?? 'Resource';
          if (!allows(interaction, resourceType)) {
            deny(interaction, resourceType);
          }
        },
        changed(): void {
          // Nothing is worked out from the record.
        },
      };
    },
  };
}

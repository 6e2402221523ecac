import type { Resource } from '@medplum/fhirtypes';
import { AccessDeniedError, type AccessPolicy, type FhirInteraction, type RecordAccess } from '../types';
import { adviceOrganisationOnly, adviserSeesCasework, clinicianSeesCasework } from './casework-rules';
import { draftAuthorOnly, draftWriteProblem } from './draft-rules';
import { hasPatientCompartment, isInPatientCompartment } from './compartment';
import { fhirUserOf, type Principal } from './principal';
import { createRecordFacts, type RecordFacts } from './record-facts';
import { adviserSees, clinicianSees, leadSees, type Seen } from './record-rules';
import { reportSees } from './report-rules';
import { interactionLetter, type ResourceGrant } from './scopes';
import { writeProblem } from './write-rules';

export interface PolicyContext {
  readonly grants: readonly ResourceGrant[];
  /** Patient in context; patient-level grants exist only when it is set. */
  readonly patientId: string | undefined;
  readonly principal: Principal;
  /** The time consent periods are judged at. */
  readonly now: () => Date;
}

function grantsFor(context: PolicyContext, interaction: FhirInteraction, resourceType: string): ResourceGrant[] {
  return context.grants.filter(
    (grant) =>
      grant.interactions.has(interaction) && (grant.resourceType === '*' || grant.resourceType === resourceType),
  );
}

function missingScope(context: PolicyContext, interaction: FhirInteraction, resourceType: string): string {
  const level = context.patientId ? 'patient' : 'user';
  return `The access token does not allow this: it needs the scope ${level}/${resourceType}.${interactionLetter(interaction)}.`;
}

const OUTSIDE_COMPARTMENT = (type: string): string =>
  `The access token is limited to the patient in context; this ${type} is outside that patient's record (patient-level scopes reach only the patient's compartment).`;

/**
 * Patient-level grants reach only the patient's compartment. Types that are never in a
 * Patient compartment (Organization, Practitioner, PractitionerRole, Location, HealthcareService,
 * Questionnaire, ...) are shared directory data: a patient-level grant naming them lets the token
 * read and search them, never create, update or delete them.
 */
function patientGrantAllows(interaction: FhirInteraction, resource: Resource, patientId: string): boolean {
  if (!hasPatientCompartment(resource.resourceType)) {
    return interaction === 'read' || interaction === 'search';
  }
  return isInPatientCompartment(resource, patientId);
}

/** What a user-level grant reaches, by who the token acts for (record-rules.ts). */
function userLevelSees(facts: RecordFacts, principal: Principal, resource: Resource): Seen<Resource> {
  const report = principal.kind === 'test-admin' ? undefined : reportSees(facts, principal, resource);
  if (report !== undefined) {
    return report;
  }
  if (principal.kind === 'adviser') {
    return adviserSeesCasework(facts, principal, resource) ?? adviserSees(facts, principal, resource);
  }
  if (principal.kind === 'clinician') {
    return clinicianSeesCasework(facts, principal, resource) ?? clinicianSees(facts, principal, resource);
  }
  if (principal.kind === 'lead') {
    return leadSees(resource);
  }
  // Only the test-only admin is left; a new kind of principal (e.g. a system/ backend client)
  // does not compile here until it brings its own rules.
  return scopesOnly(principal, resource);
}

/** The test-only admin: its scopes alone decide. */
function scopesOnly(_admin: Extract<Principal, { kind: 'test-admin' }>, resource: Resource): Seen<Resource> {
  return resource;
}

/**
 * The AccessPolicy of one access token: its scopes, and the access model's record rules for who
 * it acts for (compartment for patient-level grants, role rules for user-level grants, the write
 * rules for every write). The consent rule and the transition table are the app's own modules.
 */
export function createAccessPolicy(context: PolicyContext): AccessPolicy {
  const { principal } = context;

  function see<R extends Resource>(facts: RecordFacts, interaction: FhirInteraction, resource: R): Seen<R> {
    const grants = grantsFor(context, interaction, resource.resourceType);
    if (grants.length === 0) {
      return { refused: missingScope(context, interaction, resource.resourceType) };
    }
    // Internal case notes: the advice organisation only, whatever the scope level (casework-rules.ts).
    const adviceOnly = adviceOrganisationOnly(principal, resource);
    if (adviceOnly !== undefined) {
      return { refused: adviceOnly };
    }
    // Screening drafts: their author only, whatever the scope level (draft-rules.ts).
    const authorOnly = draftAuthorOnly(principal, resource);
    if (authorOnly !== undefined) {
      return { refused: authorOnly };
    }
    let refusal: string | undefined;
    if (grants.some((grant) => grant.level === 'user')) {
      const seen = userLevelSees(facts, principal, resource);
      if (!('refused' in seen)) {
        // The rules return the resource itself or a copy of the same type with elements removed.
        return seen as R;
      }
      refusal = seen.refused;
    }
    const patientId = context.patientId;
    if (grants.some((grant) => grant.level === 'patient') && patientId !== undefined) {
      if (patientGrantAllows(interaction, resource, patientId)) {
        return resource;
      }
      refusal ??= OUTSIDE_COMPARTMENT(resource.resourceType);
    }
    return { refused: refusal ?? OUTSIDE_COMPARTMENT(resource.resourceType) };
  }

  return {
    patientId: context.patientId,
    fhirUser: fhirUserOf(principal),
    assertInteraction(interaction, resourceType): void {
      if (grantsFor(context, interaction, resourceType).length === 0) {
        throw new AccessDeniedError(missingScope(context, interaction, resourceType));
      }
    },
    begin(view): RecordAccess {
      const facts = createRecordFacts(view, context.now);
      return {
        reveal<R extends Resource>(interaction: 'read' | 'search', resource: R): R | { refused: string } {
          return see(facts, interaction, resource);
        },
        assertWrite(interaction, next, current): void {
          if (current !== undefined) {
            const seen = see(facts, interaction, current);
            if ('refused' in seen) {
              throw new AccessDeniedError(seen.refused);
            }
          }
          if (next !== undefined) {
            const seen = see(facts, interaction, next);
            if ('refused' in seen) {
              throw new AccessDeniedError(seen.refused);
            }
          }
          const problem =
            writeProblem(facts, principal, interaction, next, current) ??
            draftWriteProblem(principal, interaction, next, current);
          if (problem !== undefined) {
            throw new AccessDeniedError(problem);
          }
        },
        changed(): void {
          facts.forget();
        },
      };
    },
  };
}

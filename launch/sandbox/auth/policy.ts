import type { Resource } from '@medplum/fhirtypes';
import { AccessDeniedError, type AccessPolicy, type FhirInteraction } from '../types';
import { hasPatientCompartment, isInPatientCompartment } from './compartment';
import { interactionLetter, type ResourceGrant } from './scopes';

export interface PolicyContext {
  readonly grants: readonly ResourceGrant[];
  /** Patient in context; patient-level grants exist only when it is set. */
  readonly patientId: string | undefined;
  readonly fhirUser: string | undefined;
}

function grantsFor(context: PolicyContext, interaction: FhirInteraction, resourceType: string): ResourceGrant[] {
  return context.grants.filter(
    (grant) =>
      grant.interactions.has(interaction) && (grant.resourceType === '*' || grant.resourceType === resourceType),
  );
}

function missingScope(context: PolicyContext, interaction: FhirInteraction, resourceType: string): string {
  const level = context.patientId ? 'patient' : 'user';
  return `${level}/${resourceType}.${interactionLetter(interaction)}`;
}

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

/** The AccessPolicy of one access token: scopes and, for patient-level grants, the compartment. */
export function createAccessPolicy(context: PolicyContext): AccessPolicy {
  return {
    patientId: context.patientId,
    fhirUser: context.fhirUser,
    assertInteraction(interaction, resourceType): void {
      if (grantsFor(context, interaction, resourceType).length > 0) {
        return;
      }
      throw new AccessDeniedError(
        `The access token does not allow this: it needs the scope ${missingScope(context, interaction, resourceType)}.`,
      );
    },
    assertResource(interaction, resource): void {
      const grants = grantsFor(context, interaction, resource.resourceType);
      if (grants.length === 0) {
        throw new AccessDeniedError(
          `The access token does not allow this: it needs the scope ${missingScope(context, interaction, resource.resourceType)}.`,
        );
      }
      if (grants.some((grant) => grant.level === 'user')) {
        return;
      }
      const patientId = context.patientId;
      if (patientId !== undefined && patientGrantAllows(interaction, resource, patientId)) {
        return;
      }
      throw new AccessDeniedError(
        `The access token is limited to the patient in context; this ${resource.resourceType} is outside that patient's record (patient-level scopes reach only the patient's compartment).`,
      );
    },
  };
}

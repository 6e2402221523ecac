import type { QuestionnaireResponse, Resource } from '@medplum/fhirtypes';
import { WELFARE_QUESTIONNAIRE } from '../../../fhir-profiles/src/terminology';
import { fhirUserOf, type Principal } from './principal';

/**
 * Screening drafts (issue 10): the welfare checklist in progress is saved to the record as an
 * in-progress QuestionnaireResponse as the clinician goes, and a discarded one is left "stopped".
 * Until it is completed it is the clinician's working copy: it reaches only its author, whatever
 * the scope level (a patient-level grant would otherwise show it to every clinician in the
 * record, and a referral linking it would show it to the adviser). Completed screenings follow
 * the ordinary rules (record-rules.ts).
 */
const DRAFT_STATUSES: ReadonlySet<string> = new Set(['in-progress', 'stopped']);

export const DRAFT_ONLY_AUTHOR = 'A screening in progress is seen only by the clinician who is filling it in.';

export function isDraftScreening(resource: Resource): resource is QuestionnaireResponse {
  return (
    resource.resourceType === 'QuestionnaireResponse' &&
    DRAFT_STATUSES.has(resource.status) &&
    (resource.questionnaire ?? '').split('|')[0] === WELFARE_QUESTIONNAIRE.url
  );
}

/** A refusal when the resource is a screening draft and the token does not act for its author. */
export function draftAuthorOnly(principal: Principal, resource: Resource): string | undefined {
  if (principal.kind === 'test-admin' || !isDraftScreening(resource)) {
    return undefined;
  }
  return resource.author?.reference === fhirUserOf(principal) ? undefined : DRAFT_ONLY_AUTHOR;
}

/**
 * A clinician's update of a QuestionnaireResponse: only their own draft, and only to carry on
 * (in-progress), finish (completed) or discard it (stopped). A completed screening is never
 * rewritten by the clinician's token.
 */
export function draftWriteProblem(
  principal: Principal,
  interaction: string,
  next: Resource | undefined,
  current: Resource | undefined,
): string | undefined {
  if (principal.kind !== 'clinician' || interaction !== 'update' || next?.resourceType !== 'QuestionnaireResponse') {
    return undefined;
  }
  if (!current || !isDraftScreening(current) || current.status !== 'in-progress') {
    return 'Only a screening in progress can be changed; a completed screening stays as it was answered.';
  }
  const status = next.status;
  if (!['in-progress', 'completed', 'stopped'].includes(status)) {
    return 'A screening in progress can only be carried on, completed or discarded (stopped).';
  }
  return undefined;
}

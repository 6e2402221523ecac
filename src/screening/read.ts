import type { Bundle, Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { PartnershipConfig } from '../config/partnership';
import { FhirError } from '../fhir/errors';
import type { FhirGateway } from '../fhir/gateway';
import { questionnaireFromSearch } from './questionnaire';
import { checklistSearch } from './search';

/** The partnership's welfare checklist (its canonical url and version), in one search. */
export async function loadChecklist(
  gateway: FhirGateway,
  questionnaire: PartnershipConfig['questionnaire'],
  started?: Promise<Bundle>,
): Promise<Questionnaire> {
  const bundle = await (started ?? gateway.search('Questionnaire', checklistSearch(questionnaire)));
  const found = questionnaireFromSearch(bundle, questionnaire.url, questionnaire.version);
  if (found === 'missing') {
    throw new FhirError('not-found', undefined, undefined, 'welfare checklist');
  }
  if (found === 'malformed') {
    throw new FhirError('malformed', undefined, undefined, 'welfare checklist');
  }
  return found;
}

/**
 * The clinician's screening in progress for this patient on the checklist's current version (the
 * newest, if a second was ever made), to resume it in a new tab, browser or day. The record
 * shows a draft only to its author (the sandbox's draft-rules.ts), so this finds only the user's own.
 */
export async function findScreeningDraft(
  gateway: FhirGateway,
  input: { patientId: string; author: string; questionnaire: PartnershipConfig['questionnaire'] },
): Promise<QuestionnaireResponse | undefined> {
  const bundle = await gateway.search('QuestionnaireResponse', {
    subject: `Patient/${input.patientId}`,
    status: 'in-progress',
    author: input.author,
    _sort: '-authored',
    _count: '5',
  });
  const canonical = `${input.questionnaire.url}|${input.questionnaire.version}`;
  const responses = (bundle.entry ?? []).flatMap((e) =>
    e.resource?.resourceType === 'QuestionnaireResponse' ? [e.resource as QuestionnaireResponse] : [],
  );
  return responses.find(
    (r) => r.questionnaire === canonical && r.author?.reference === input.author && r.status === 'in-progress',
  );
}

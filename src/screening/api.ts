import type { Bundle, Questionnaire, QuestionnaireResponse } from 'fhir/r4';
import type { PartnershipConfig } from '../config/partnership';
import { createOnce } from '../fhir/createOnce';
import { FhirError } from '../fhir/errors';
import type { FhirGateway, WriteOptions } from '../fhir/gateway';
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

/** Saves the finished checklist (conditional create: saving twice keeps one). */
export function saveScreening(gateway: FhirGateway, response: QuestionnaireResponse): Promise<QuestionnaireResponse> {
  return createOnce(gateway, response);
}

/** Where a screening is on the server: its id and the version the next update is based on. */
export interface ServerCopy {
  id: string;
  versionId: string;
}

function copyOf(response: QuestionnaireResponse): ServerCopy | undefined {
  return response.id && response.meta?.versionId ? { id: response.id, versionId: response.meta.versionId } : undefined;
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

/**
 * Saves the screening as it stands (in progress, completed or stopped), idempotently: one
 * response per draft. The first save is a conditional create on the draft's identifier; later
 * ones update that response with If-Match on the version last seen. When another tab got there
 * first (a conflict, or the create found an existing one) the newest version is read and written
 * over once (the same user's newer answers win). A draft already finished elsewhere is left as it is.
 * `keepalive` lets the first write outlive the page (a save flushed as the tab closes).
 */
export async function saveScreeningDraft(
  gateway: FhirGateway,
  response: QuestionnaireResponse,
  known: ServerCopy | undefined,
  options: WriteOptions = {},
): Promise<ServerCopy | undefined> {
  const put = async (base: QuestionnaireResponse): Promise<ServerCopy | undefined> => {
    if (base.status !== 'in-progress') {
      return copyOf(base);
    }
    const written = await gateway.update({ ...response, id: base.id ?? '' }, { ifMatchVersion: base.meta?.versionId });
    return copyOf(written);
  };
  if (known) {
    try {
      const written = await gateway.update(
        { ...response, id: known.id },
        { ifMatchVersion: known.versionId, ...options },
      );
      return copyOf(written);
    } catch (err) {
      if (!(err instanceof FhirError) || err.kind !== 'conflict') {
        throw err;
      }
      return put(await gateway.read<QuestionnaireResponse>('QuestionnaireResponse', known.id));
    }
  }
  const created = await createOnce(gateway, response, options);
  const isOurs = created.authored === response.authored && created.status === response.status;
  return isOurs ? copyOf(created) : put(created);
}

import type { QuestionnaireResponse } from 'fhir/r4';
import { identifierToken } from '../domain/references';
import { createOnce } from '../fhir/createOnce';
import { FhirError } from '../fhir/errors';
import type { FhirGateway, WriteOptions } from '../fhir/gateway';

// Reading the checklist and a draft is in read.ts (the first screen needs only that).
export { findScreeningDraft, loadChecklist } from './read';

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

/**
 * The draft's newest answers written at once, beside a save still on its way (the tab is closing:
 * that save's answer will never be read here, and a save queued behind it would never start). A
 * conditional update on the draft's identifier: it updates the one response, or creates it. In
 * either order with the save on its way the record keeps one response with these answers: a
 * conditional create that comes second finds it, an update that comes second is refused by its If-Match.
 */
export function saveScreeningDraftBeside(
  gateway: FhirGateway,
  response: QuestionnaireResponse,
  options: WriteOptions = {},
): Promise<QuestionnaireResponse> {
  const { system, value } = response.identifier ?? {};
  if (!system || !value) {
    return Promise.reject(new FhirError('invalid', undefined, undefined, 'a draft without its identifier'));
  }
  return gateway.updateWhere(response, { identifier: identifierToken(system, value) }, options);
}

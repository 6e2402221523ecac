import { randomUUID } from 'node:crypto';
import type { Bundle, QuestionnaireResponse } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import type { Answers } from '../../src/domain/screening/answers';
import { answersFromResponse, buildQuestionnaireResponse } from '../../src/domain/screening/response';
import { identifierSearchOf } from '../../src/domain/references';
import { createOnce } from '../../src/fhir/createOnce';
import type { FhirGateway } from '../../src/fhir/gateway';
import { saveScreeningDraft, saveScreeningDraftBeside } from '../../src/screening/api';
import { sandboxApi } from '../support/api';
import { startTestSandbox, SERVER_MODES } from '../support/sandbox';
import { checklist, clinicianGateway } from './clinician-support';

const YES = { valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } };

// The last change of a draft sent as the tab closes, beside a save still on its way
// (src/app/clinician/useScreeningDraft.ts): a conditional update on the draft's identifier.
describe.each(SERVER_MODES)('a draft saved beside the save on its way ($mode)', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let gp: FhirGateway;
  const patient = 'pat-003';

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    gp = await clinicianGateway(sandbox, { user: 'gp', patient });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  const draft = (identifier: string, answers: Answers): QuestionnaireResponse =>
    buildQuestionnaireResponse({
      identifier,
      questionnaire: checklist,
      answers,
      patientId: patient,
      encounterId: undefined,
      author: 'PractitionerRole/gp',
      authored: new Date(),
      status: 'in-progress',
    });

  /** The record holds one response under the draft's identifier, answering these questions. */
  async function expectOneDraftAnswering(response: QuestionnaireResponse, linkIds: string[]): Promise<void> {
    const api = await sandboxApi(sandbox);
    const found = await api<Bundle>('GET', `QuestionnaireResponse?${identifierSearchOf(response.identifier)}`);
    const responses = (found.body.entry ?? []).map((e) => e.resource as QuestionnaireResponse);
    expect(responses).toHaveLength(1);
    expect(Object.keys(answersFromResponse(responses[0] as QuestionnaireResponse)).sort()).toEqual(linkIds);
  }

  it('creates the draft when the save on its way has not landed, and that save then finds it: one draft, the newer answers', async () => {
    const id = randomUUID();
    const older = draft(id, { 'urgent-eviction': [YES] });
    const newer = draft(id, { 'urgent-eviction': [YES], 'debt-worries': [YES] });
    const beside = await saveScreeningDraftBeside(gp, newer);
    expect(beside.id).toBeTruthy();
    // The first save's request (a conditional create on the same identifier) lands after it; the
    // page that sent it is gone, so its answer is never read.
    await createOnce(gp, older);
    await expectOneDraftAnswering(older, ['debt-worries', 'urgent-eviction']);
  });

  it('updates the draft the save on its way created, and an update on its way after it is refused: the newer answers stay', async () => {
    const id = randomUUID();
    const first = draft(id, { 'urgent-eviction': [YES] });
    const copy = await saveScreeningDraft(gp, first, undefined);
    expect(copy).toBeDefined();
    const newer = draft(id, { 'urgent-eviction': [YES], 'debt-worries': [YES] });
    const beside = await saveScreeningDraftBeside(gp, newer);
    expect(beside.id).toBe(copy?.id);
    // An update based on the first version, landing after: its If-Match no longer holds.
    await expect(
      gp.update({ ...first, id: copy?.id ?? '' }, { ifMatchVersion: copy?.versionId }),
    ).rejects.toMatchObject({
      kind: 'conflict',
    });
    await expectOneDraftAnswering(first, ['debt-worries', 'urgent-eviction']);
  });

  it('refuses a draft without its identifier rather than writing one that could not be found again', async () => {
    const bare = draft(randomUUID(), { 'urgent-eviction': [YES] });
    delete bare.identifier;
    await expect(saveScreeningDraftBeside(gp, bare)).rejects.toMatchObject({ kind: 'invalid' });
  });
});

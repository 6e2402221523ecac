import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadCaseStudies, loadCaseStudyState, recordCaseStudyConsent, saveCaseStudy } from '../../src/casestudies/api';
import { buildCaseStudy } from '../../src/casestudies/build';
import { isFhirError } from '../../src/fhir/errors';
import type { FhirGateway } from '../../src/fhir/gateway';
import { financialYear } from '../../src/evaluation/periods';
import { loadNarrative, saveNarrative } from '../../src/evaluation/report/api';
import { buildNarrative, readNarrative } from '../../src/evaluation/report/narrative';
import { startTestSandbox, SERVER_MODES } from '../support/sandbox';
import { gatewayFor } from './adviser-support';

const ORG = { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' };

// The report's write paths through the app's own api modules, against the sandbox as it is and as a
// plain, strict server (write answers without bodies).
describe.each(SERVER_MODES)('report writes with $mode', ({ plainServer }) => {
  let sandbox: RunningSandbox;
  let lead: FhirGateway;
  let adviser: FhirGateway;
  const period = financialYear(new Date().toISOString().slice(0, 10));

  beforeAll(async () => {
    sandbox = await startTestSandbox({ plainServer });
    lead = await gatewayFor(sandbox, 'lead', { profile: 'lead' });
    adviser = await gatewayFor(sandbox, 'adviser');
  });
  afterAll(() => sandbox.close());

  it('saves the narrative once per period, versions it, and refuses a save based on an old version', async () => {
    expect(await loadNarrative(lead, period.id)).toBeNull();
    const now = new Date();
    const first = await saveNarrative(
      lead,
      buildNarrative({ period, author: 'PractitionerRole/lead', now, texts: { activity: 'One.' } }),
      null,
    );
    // A retry of the first save (lost answer) finds the same Composition.
    const retried = await saveNarrative(
      lead,
      buildNarrative({ period, author: 'PractitionerRole/lead', now, texts: { activity: 'One.' } }),
      null,
    );
    expect(retried.id).toBe(first.id);
    const second = await saveNarrative(
      lead,
      buildNarrative({ period, author: 'PractitionerRole/lead', now, texts: { activity: 'Two.' }, base: first }),
      first,
    );
    expect(second.meta?.versionId).not.toBe(first.meta?.versionId);
    expect(readNarrative((await loadNarrative(lead, period.id)) ?? undefined)).toEqual({ activity: 'Two.' });
    const stale = saveNarrative(
      lead,
      buildNarrative({ period, author: 'PractitionerRole/lead', now, texts: { activity: 'Old.' }, base: first }),
      first,
    );
    await expect(stale).rejects.toSatisfy((err: unknown) => isFhirError(err) && err.kind === 'conflict');
  });

  it('records the client’s yes, saves a case study of the closed case, and the lead reads it in the period', async () => {
    const before = await loadCaseStudyState(adviser, 'task-07', ORG.reference);
    expect(before).toMatchObject({ decision: undefined, study: null, patientId: 'pat-007' });
    await recordCaseStudyConsent(adviser, {
      patientId: 'pat-007',
      org: ORG,
      recordedBy: 'PractitionerRole/adviser',
      method: 'written',
      agrees: true,
    });
    const asked = await loadCaseStudyState(adviser, 'task-07', ORG.reference);
    expect(asked.decision).toBe('yes');
    const text = { taskId: 'task-07', author: 'PractitionerRole/adviser', title: 'A fresh start', now: new Date() };
    const saved = await saveCaseStudy(adviser, buildCaseStudy({ ...text, text: 'First draft.' }), null);
    const updated = await saveCaseStudy(adviser, buildCaseStudy({ ...text, text: 'Second draft.' }), saved);
    expect(updated.id).toBe(saved.id);
    const studies = await loadCaseStudies(lead, period);
    expect(studies.map((s) => s.title)).toEqual(['A fresh start']);
    expect(JSON.stringify(studies)).not.toContain('task-07');
    // An open case shows no case-study state to act on.
    expect((await loadCaseStudyState(adviser, 'task-04', ORG.reference)).task.status).toBe('in-progress');
  });
});

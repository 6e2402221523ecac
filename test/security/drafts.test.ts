import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { WELFARE_QUESTIONNAIRE } from '../../fhir-profiles/src/terminology';
import { SCREENING_IDENTIFIER_SYSTEM } from '../../src/domain/screening/response';
import { startTestSandbox } from '../support/sandbox';
import { appLaunch, disclosed, Ledger } from './support';

/**
 * A screening in progress (an in-progress QuestionnaireResponse, saved as the GP goes) is the
 * GP's own working copy: no other clinician in the record, no adviser and not the lead reaches
 * it, by read, search, count or include; nobody saves a draft in another clinician's name. Once
 * completed it follows the ordinary rules.
 */
let sandbox: RunningSandbox;
const ledger = new Ledger('Screening drafts: the author only');

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox.close();
});

const draft = (author: string, value: string): QuestionnaireResponse => ({
  resourceType: 'QuestionnaireResponse',
  identifier: { system: SCREENING_IDENTIFIER_SYSTEM, value },
  questionnaire: WELFARE_QUESTIONNAIRE.canonical,
  status: 'in-progress',
  subject: { reference: 'Patient/pat-004' },
  authored: new Date().toISOString(),
  author: { reference: author },
  item: [{ linkId: 'urgent', item: [{ linkId: 'urgent-safety', answer: [{ valueCoding: { code: 'LA33-6' } }] }] }],
});

describe('a screening draft reaches only its author', () => {
  it('the GP saves and reads their draft; the ward nurse in the same record, the adviser and the lead do not', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    const created = await ledger.status(
      'GP saves their draft screening',
      'allowed',
      gp('POST', 'QuestionnaireResponse', draft('PractitionerRole/gp', 'draft-sec-1')),
    );
    const id = (created.body as QuestionnaireResponse).id ?? '';
    expect(id).not.toBe('');
    await ledger.status('GP reads their draft', 'allowed', gp('GET', `QuestionnaireResponse/${id}`));
    const own = await gp<Bundle>('GET', 'QuestionnaireResponse?subject=Patient/pat-004&status=in-progress');
    expect(disclosed(own.body, 'QuestionnaireResponse').map((r) => r.id)).toContain(id);

    const nurse = (await appLaunch(sandbox, 'clinician', 'ward-nurse', 'pat-004')).api;
    await ledger.status(
      'ward nurse in the record reads the GP’s draft',
      'refused',
      nurse('GET', `QuestionnaireResponse/${id}`),
    );
    await ledger.search(
      'ward nurse searches the patient’s drafts',
      'refused',
      'QuestionnaireResponse',
      nurse('GET', 'QuestionnaireResponse?subject=Patient/pat-004&status=in-progress'),
    );
    await ledger.search(
      'ward nurse counts the patient’s drafts',
      'refused',
      'QuestionnaireResponse',
      nurse('GET', 'QuestionnaireResponse?subject=Patient/pat-004&status=in-progress&_summary=count'),
    );
    await ledger.status(
      'ward nurse saves a draft in the GP’s name',
      'refused',
      nurse('POST', 'QuestionnaireResponse', draft('PractitionerRole/gp', 'draft-sec-2')),
    );
    const adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
    await ledger.status('adviser reads the GP’s draft', 'refused', adviser('GET', `QuestionnaireResponse/${id}`));
    await ledger.search(
      'adviser searches drafts of a referred patient',
      'refused',
      'QuestionnaireResponse',
      adviser('GET', 'QuestionnaireResponse?subject=Patient/pat-004&status=in-progress'),
    );
    const lead = (await appLaunch(sandbox, 'lead', 'lead')).api;
    await ledger.status('lead reads the GP’s draft', 'refused', lead('GET', `QuestionnaireResponse/${id}`));

    // Completed, it is an ordinary screening: the other clinician in the record sees it.
    const current = (await gp<QuestionnaireResponse>('GET', `QuestionnaireResponse/${id}`)).body;
    await ledger.status(
      'GP completes their draft (If-Match)',
      'allowed',
      gp(
        'PUT',
        `QuestionnaireResponse/${id}`,
        { ...current, status: 'completed' },
        {
          'If-Match': `W/"${current.meta?.versionId ?? ''}"`,
        },
      ),
    );
    await ledger.status(
      'ward nurse reads the completed screening',
      'allowed',
      nurse('GET', `QuestionnaireResponse/${id}`),
    );
    const done = (await gp<QuestionnaireResponse>('GET', `QuestionnaireResponse/${id}`)).body;
    await ledger.status(
      'GP rewrites the completed screening',
      'refused',
      gp(
        'PUT',
        `QuestionnaireResponse/${id}`,
        { ...done, status: 'in-progress', item: [] },
        {
          'If-Match': `W/"${done.meta?.versionId ?? ''}"`,
        },
      ),
    );
    const seeded = (await gp<QuestionnaireResponse>('GET', 'QuestionnaireResponse/qr-04')).body;
    await ledger.status(
      'GP rewrites a seeded screening',
      'refused',
      gp(
        'PUT',
        'QuestionnaireResponse/qr-04',
        { ...seeded, item: [] },
        {
          'If-Match': `W/"${seeded.meta?.versionId ?? ''}"`,
        },
      ),
    );
  });
  it('by conditional update on its identifier (the save made as the tab closes), too: only the author changes the draft', async () => {
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-004')).api;
    const nurse = (await appLaunch(sandbox, 'clinician', 'ward-nurse', 'pat-004')).api;
    const where = `QuestionnaireResponse?identifier=${encodeURIComponent(`${SCREENING_IDENTIFIER_SYSTEM}|draft-sec-3`)}`;
    const saved = await ledger.status(
      'GP saves their draft by conditional update on its identifier',
      'allowed',
      gp('PUT', where, draft('PractitionerRole/gp', 'draft-sec-3')),
    );
    const id = (saved.body as QuestionnaireResponse).id ?? '';
    await ledger.status(
      'ward nurse saves the GP’s draft in the GP’s name, by its identifier',
      'refused',
      nurse('PUT', where, draft('PractitionerRole/gp', 'draft-sec-3')),
    );
    // The nurse's own, under the same identifier: a draft of theirs, which never touches the GP's.
    const theirs = await nurse('PUT', where, { ...draft('PractitionerRole/ward-nurse', 'draft-sec-3'), item: [] });
    expect((theirs.body as QuestionnaireResponse).id).not.toBe(id);
    const still = (await gp<QuestionnaireResponse>('GET', `QuestionnaireResponse/${id}`)).body;
    expect(still.author?.reference).toBe('PractitionerRole/gp');
    expect(still.item).toHaveLength(1);
    await ledger.status(
      'GP completes their draft by conditional update',
      'allowed',
      gp('PUT', where, { ...draft('PractitionerRole/gp', 'draft-sec-3'), status: 'completed' }),
    );
    await ledger.status(
      'GP rewrites the completed screening by conditional update',
      'refused',
      gp('PUT', where, { ...draft('PractitionerRole/gp', 'draft-sec-3'), item: [] }),
    );
  });
});

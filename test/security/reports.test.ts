import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle, Composition } from '@medplum/fhirtypes';
import type { Composition as R4Composition } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { buildCaseStudy } from '../../src/casestudies/build';
import { buildConsent } from '../../src/domain/consent/build';
import { buildCaseStudyConsent } from '../../src/domain/consent/caseStudy';
import { financialYearById } from '../../src/evaluation/periods';
import { buildNarrative } from '../../src/evaluation/report/narrative';
import type { Api } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { addOtherOrgAdviser, appLaunch, disclosed, Ledger, setupApi } from './support';

/**
 * The partnership's written reports (issue 13), attacked with the app's real scopes: only the lead
 * writes the funder report narrative, in their own name, about no patient; an adviser writes a case
 * study only of a closed case of their organisation with the client's recorded case-study consent;
 * the lead reads a case study's text but nothing that leads to the case; an adviser records no
 * consent but a case-study one; nobody else reads case studies.
 */
let sandbox: RunningSandbox;
let admin: Api;
let lead: Api;
let adviser: Api;
const ledger = new Ledger('Reports: narrative, case studies, case-study consent');
const period = financialYearById('FY2026-27');
const now = new Date();
const org = { reference: 'Organization/org-advice', display: 'Northbrook Welfare Rights Advice' };

/** The app's builders speak fhir/r4; the sandbox's API types are Medplum's: the same JSON. */
const asComposition = (r: unknown): Composition => r as Composition;
const narrative = (author = 'PractitionerRole/lead') =>
  asComposition(buildNarrative({ period, author, now, texts: { activity: 'Referrals rose.' } }));
const caseStudy = (taskId: string, author = 'PractitionerRole/adviser') =>
  asComposition(buildCaseStudy({ taskId, author, title: 'Back on his feet', text: 'A man in his thirties…', now }));
const caseStudyConsent = (patientId: string, agrees = true, recordedBy = 'PractitionerRole/adviser') =>
  buildCaseStudyConsent({
    identifier: `cs-${patientId}-${String(agrees)}-${recordedBy}`,
    patientId,
    adviceOrg: org,
    recordedBy,
    method: 'verbal',
    agrees,
    decidedAt: new Date(now.getTime() - 60_000),
  });

beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await setupApi(sandbox);
  await addOtherOrgAdviser(admin);
  lead = (await appLaunch(sandbox, 'lead', 'lead')).api;
  adviser = (await appLaunch(sandbox, 'adviser', 'adviser')).api;
});
afterAll(async () => {
  await sandbox.close();
});

describe('the funder report narrative', () => {
  it('is written by the lead alone, in their own name, about no patient, and versioned', async () => {
    const created = await ledger.status(
      'lead creates the narrative',
      'allowed',
      lead('POST', 'Composition', narrative()),
    );
    expect(created.status).toBe(201);
    const stored = created.body as Composition;
    const updated = await ledger.status(
      'lead updates it with If-Match',
      'allowed',
      lead(
        'PUT',
        `Composition/${stored.id ?? ''}`,
        { ...stored, title: 'Funder report 2026-27: narrative (v2)' },
        {
          'If-Match': `W/"${stored.meta?.versionId ?? ''}"`,
        },
      ),
    );
    expect(updated.status).toBe(200);
    const history = await lead<Bundle>('GET', `Composition/${stored.id ?? ''}/_history`);
    expect(history.body.entry?.length).toBe(2);
    await ledger.status(
      'lead updates with a stale If-Match',
      'refused',
      lead('PUT', `Composition/${stored.id ?? ''}`, stored, { 'If-Match': `W/"${stored.meta?.versionId ?? ''}"` }),
      412,
    );
    await ledger.status(
      'adviser writes a narrative',
      'refused',
      adviser('POST', 'Composition', narrative('PractitionerRole/adviser')),
    );
    await ledger.status('adviser reads the narrative', 'refused', adviser('GET', `Composition/${stored.id ?? ''}`));
    await ledger.status(
      'lead writes a narrative in the adviser’s name',
      'refused',
      lead('POST', 'Composition', narrative('PractitionerRole/adviser')),
    );
    await ledger.status(
      'lead writes a narrative naming a patient',
      'refused',
      // Without its profile, so that the record rules, not the profile's subject 0..0, answer.
      lead('POST', 'Composition', { ...narrative(), meta: undefined, subject: { reference: 'Patient/pat-001' } }),
    );
    await ledger.status(
      'lead writes another kind of Composition',
      'refused',
      lead('POST', 'Composition', {
        resourceType: 'Composition',
        status: 'final',
        type: { text: 'discharge summary' },
        date: now.toISOString(),
        author: [{ reference: 'PractitionerRole/lead' }],
        title: 'x',
      }),
    );
  });
});

describe('case studies', () => {
  it('need a closed case of the adviser’s organisation and the client’s recorded consent', async () => {
    await ledger.status(
      'adviser writes a case study of closed task-07 without consent',
      'refused',
      adviser('POST', 'Composition', caseStudy('task-07')),
    );
    await ledger.status(
      'adviser records a referral-details consent',
      'refused',
      adviser(
        'POST',
        'Consent',
        buildConsent({
          identifier: 'adviser-made-referral-consent',
          patientId: 'pat-007',
          recordingOrg: org.reference,
          recordedBy: 'PractitionerRole/adviser',
          method: 'verbal',
          agreesToReferral: true,
          agreesToEvidence: true,
          adviceOrg: org,
          decidedAt: now,
          periodMonths: 12,
        }),
      ),
    );
    await ledger.status(
      'adviser records a case-study refusal as a rejected Consent',
      'refused',
      adviser('POST', 'Consent', { ...caseStudyConsent('pat-007', false), status: 'rejected' }),
    );
    await ledger.status(
      'adviser records a case-study consent in another’s name',
      'refused',
      adviser('POST', 'Consent', caseStudyConsent('pat-007', true, 'PractitionerRole/adviser-2')),
    );
    await ledger.status(
      'adviser records a case-study consent for a patient never referred to them',
      'refused',
      adviser('POST', 'Consent', {
        ...caseStudyConsent('pat-007'),
        patient: { reference: 'Patient/pat-999' },
        performer: [{ reference: 'Patient/pat-999' }],
      }),
    );
    await ledger.status(
      'adviser records the client’s case-study consent (pat-007)',
      'allowed',
      adviser('POST', 'Consent', caseStudyConsent('pat-007')),
    );
    await ledger.status(
      'adviser records the client’s case-study consent (pat-004, open case)',
      'allowed',
      adviser('POST', 'Consent', caseStudyConsent('pat-004')),
    );
    await ledger.status(
      'adviser writes a case study of open task-04',
      'refused',
      adviser('POST', 'Composition', caseStudy('task-04')),
    );
    await ledger.status(
      'adviser writes a case study naming the patient',
      'refused',
      adviser('POST', 'Composition', {
        ...caseStudy('task-07'),
        meta: undefined,
        subject: { reference: 'Patient/pat-007' },
      }),
    );
    await ledger.status(
      'lead writes a case study',
      'refused',
      lead('POST', 'Composition', caseStudy('task-07', 'PractitionerRole/lead')),
    );
    const written = await ledger.status(
      'adviser writes the case study of closed task-07',
      'allowed',
      adviser('POST', 'Composition', caseStudy('task-07')),
    );
    expect(written.status).toBe(201);
    const id = (written.body as Composition).id ?? '';

    // The lead reads the text, never the link to the case; and cannot follow it anyway.
    const read = await ledger.status('lead reads the case study', 'allowed', lead('GET', `Composition/${id}`));
    const seen = read.body as R4Composition;
    expect(seen.section?.[0]?.text?.div).toContain('A man in his thirties');
    expect(seen.event).toBeUndefined();
    expect(seen.identifier).toBeUndefined();
    expect(JSON.stringify(seen)).not.toMatch(/task-07|pat-007|Patient\//);
    const found = await ledger.search(
      'lead searches case studies',
      'allowed',
      'Composition',
      lead(
        'GET',
        `Composition?type=${encodeURIComponent('https://fhir.hjp-link.org.uk/CodeSystem/report-document-type|case-study')}`,
      ),
    );
    expect(JSON.stringify(disclosed(found.body, 'Composition'))).not.toMatch(/task-07|Task\//);
    await ledger.status('lead reads the case’s Task', 'refused', lead('GET', 'Task/task-07'));

    const other = (await appLaunch(sandbox, 'adviser', 'adviser-other')).api;
    await ledger.status('another organisation’s adviser reads it', 'refused', other('GET', `Composition/${id}`));
    const gp = (await appLaunch(sandbox, 'clinician', 'gp', 'pat-007')).api;
    await ledger.status('the GP in the patient’s record reads it', 'refused', gp('GET', `Composition/${id}`));
    await ledger.status('the adviser reads it back', 'allowed', adviser('GET', `Composition/${id}`));
  });

  it('stop when the client later says no', async () => {
    await ledger.status(
      'adviser records the client’s later no (pat-007)',
      'allowed',
      adviser('POST', 'Consent', { ...caseStudyConsent('pat-007', false), dateTime: new Date().toISOString() }),
    );
    const again = caseStudy('task-07');
    const existing = await adviser<Bundle>(
      'GET',
      'Composition?identifier=https://fhir.hjp-link.org.uk/Id/case-study|task-07',
    );
    const stored = disclosed(existing.body, 'Composition')[0] as Composition;
    await ledger.status(
      'adviser updates the case study after the client said no',
      'refused',
      adviser(
        'PUT',
        `Composition/${stored.id ?? ''}`,
        { ...again, id: stored.id },
        { 'If-Match': `W/"${stored.meta?.versionId ?? ''}"` },
      ),
    );
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Bundle, Consent, Provenance, ServiceRequest } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { AdviserRoutes } from '../../src/app/adviser/AdviserRoutes';
import { ClinicianRoutes } from '../../src/app/clinician/ClinicianRoutes';
import { newDraft, saveDraft } from '../../src/app/clinician/draft';
import { emptyReferralForm } from '../../src/referral/form';
import { sandboxApi, type Api } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { renderAt, sandboxSession } from './render';

// The consent step against the in-process sandbox with a real token: what Save stores, which
// decision the referral links, and a refusal that meets an open referral.
let sandbox: RunningSandbox;
let admin: Api;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  admin = await sandboxApi(sandbox);
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
afterAll(async () => {
  await sandbox.close();
});

/** A draft at the consent step with the referral form filled in (what the earlier steps leave). */
function draftAtConsent(patientId: string): string {
  const draft = newDraft(patientId, () => crypto.randomUUID());
  saveDraft(sessionStorage, {
    ...draft,
    step: 'consent',
    answers: { 'urgent-eviction': [{ valueCoding: { system: 'http://loinc.org', code: 'LA33-6', display: 'Yes' } }] },
    form: { ...emptyReferralForm(), areas: ['debt'], contactMethods: ['phone'], phone: '07700 900123' },
  });
  return draft.referralId;
}

/** From the referral form: on to check your answers, then send. */
async function continueAndSend(): Promise<void> {
  fireEvent.click(screen.getByTestId('details-continue'));
  await screen.findByTestId('check-answers');
  fireEvent.click(screen.getByTestId('send-referral'));
}

function choose(question: RegExp, label: string): void {
  fireEvent.click(within(screen.getByRole('group', { name: question })).getByLabelText(label));
}

async function consents(patientId: string): Promise<Consent[]> {
  const bundle = (await admin<Bundle>('GET', `Consent?patient=Patient/${patientId}&_count=100`)).body;
  return (bundle.entry ?? []).map((e) => e.resource as Consent);
}

describe('the patient’s decision', () => {
  it('refuse, change to agree, save, send: the referral links the agreeing Consent', async () => {
    const referralId = draftAtConsent('pat-007');
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-007', profile: 'clinician' });
    const view = renderAt('/refer/consent', <ClinicianRoutes session={session} />);
    await screen.findByTestId('consent-record');
    choose(/agree to the referral/, 'No, the patient does not agree');
    choose(/How did the patient give their decision/, 'Verbally');
    fireEvent.click(screen.getByTestId('consent-save'));
    // pat-007 has no open referral: nothing to withdraw, so no question; the refusal is saved.
    await waitFor(() => {
      expect(screen.getByTestId('problem').textContent).toMatch(/decision has been saved: they do not agree/);
    });
    choose(/agree to the referral/, 'Yes, the patient agrees');
    choose(/share medical evidence/, 'No, the patient does not agree');
    fireEvent.click(screen.getByTestId('consent-save'));
    await screen.findByTestId('referral-form');
    await continueAndSend();
    await waitFor(() => {
      expect(view.location()).toMatch(/^\/referrals\/[^/]+\/sent$/);
    });
    const saved = (await consents('pat-007')).filter((c) =>
      c.dateTime?.startsWith(new Date().getFullYear().toString()),
    );
    // Both decisions are on record, each its own resource: the refusal and the agreement.
    expect(saved.map((c) => c.status).sort()).toEqual(['active', 'rejected']);
    const agreement = saved.find((c) => c.status === 'active');
    const id = view.location().split('/')[2] ?? '';
    const request = (await admin<ServiceRequest>('GET', `ServiceRequest/${id}`)).body;
    expect(request.identifier?.[0]?.value).toBe(referralId);
    const linked = (request.supportingInfo ?? []).filter((r) => r.reference?.startsWith('Consent/'));
    expect(linked.map((r) => r.reference)).toEqual([`Consent/${agreement?.id ?? 'none'}`]);
  });

  it('a refusal while a referral is open asks first, and "this new referral only" leaves the open one alone', async () => {
    draftAtConsent('pat-003');
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-003', profile: 'clinician' });
    renderAt('/refer/consent', <ClinicianRoutes session={session} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a new decision' }));
    choose(/agree to the referral/, 'No, the patient does not agree');
    choose(/How did the patient give their decision/, 'Verbally');
    fireEvent.click(screen.getByTestId('consent-save'));
    // Not answered yet: the question is an error, and nothing is saved.
    await screen.findByText('Select whether this also withdraws the consent for the open referral', {
      selector: 'a',
    });
    const before = (await consents('pat-003')).length;
    const question = screen.getByRole('group', {
      name: /Does this also withdraw the consent for the referral sent on \d{1,2} \w+ \d{4}\?/,
    });
    fireEvent.click(within(question).getByLabelText('No, this new referral only'));
    fireEvent.click(screen.getByTestId('consent-save'));
    await waitFor(() => {
      expect(screen.getByTestId('problem').textContent).toMatch(
        /is unchanged: Northbrook Welfare Rights Advice can still work on it/,
      );
    });
    const after = await consents('pat-003');
    expect(after).toHaveLength(before + 1);
    expect(after.find((c) => c.id === 'consent-03')?.status).toBe('active');
    // The adviser still sees the open referral's screening (the consent in force is unchanged).
    const adviser = await sandboxApi(sandbox, {
      user: 'adviser',
      scope: 'openid fhirUser user/QuestionnaireResponse.rs',
    });
    expect((await adviser<Bundle>('GET', 'QuestionnaireResponse?_id=qr-03')).body.entry).toHaveLength(1);
    cleanup();
    // In the adviser's case the refusal of the other, never-sent referral is not listed as this case's.
    const adviserSession = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-03', <AdviserRoutes session={adviserSession} />);
    const consentList = await screen.findByTestId('consents');
    expect(consentList.textContent).toMatch(/given/);
    // A sentence: its dates in words, as text writes them ("20 November 2026"), not a table's "20 Nov 2026".
    expect(consentList.textContent).toMatch(
      /^Recorded \d{1,2} [A-Z][a-z]+ \d{4}: given, valid \d{1,2} [A-Z][a-z]+ \d{4} to /,
    );
    expect(consentList.textContent).not.toMatch(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/);
    expect(consentList.textContent).not.toMatch(/refused/);
    expect(screen.getByTestId('screening')).toBeTruthy();
  });

  it('"withdraw for the open referral too" writes a withdrawal of its own, with a Provenance, and says so', async () => {
    draftAtConsent('pat-001');
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-001', profile: 'clinician' });
    renderAt('/refer/consent', <ClinicianRoutes session={session} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record a new decision' }));
    choose(/agree to the referral/, 'No, the patient does not agree');
    choose(/How did the patient give their decision/, 'In writing');
    choose(/Does this also withdraw the consent/, 'Yes, withdraw consent for the open referral too');
    fireEvent.click(screen.getByTestId('consent-save'));
    await waitFor(() => {
      expect(screen.getByTestId('problem').textContent).toMatch(
        /has been withdrawn: Northbrook Welfare Rights Advice can no longer see/,
      );
    });
    const withdrawal = (await consents('pat-001')).find((c) => c.status === 'inactive' && c.sourceReference);
    // It names the open referral's own consent (case 01), not the cancelled one's (case 09).
    expect(withdrawal?.sourceReference?.reference).toBe('Consent/consent-01');
    const provenance = (
      await admin<Bundle>('GET', `Provenance?target=Consent/${withdrawal?.id ?? ''}`)
    ).body.entry?.map((e) => e.resource as Provenance);
    expect(provenance?.[0]?.agent[0]?.who.reference).toBe('PractitionerRole/gp');
    // The adviser loses the screening of the open referral (case 01) now.
    const adviser = await sandboxApi(sandbox, {
      user: 'adviser',
      scope: 'openid fhirUser user/QuestionnaireResponse.rs',
    });
    expect((await adviser<Bundle>('GET', 'QuestionnaireResponse?_id=qr-01')).body.entry ?? []).toHaveLength(0);
    cleanup();
    // The GP sees it on the referral's page…
    renderAt('/referrals/ref-01', <ClinicianRoutes session={session} />);
    expect((await screen.findByTestId('consent-withdrawn')).textContent).toMatch(
      /^The patient withdrew their consent for this referral on \d{1,2} \w+ \d{4}\./,
    );
    cleanup();
    // …and the adviser in the case: the withdrawal is listed, and what it means for the case.
    const adviserSession = await sandboxSession(sandbox, { user: 'adviser', profile: 'adviser' });
    renderAt('/cases/task-01', <AdviserRoutes session={adviserSession} />);
    const consentList = await screen.findByTestId('consents');
    expect(consentList.textContent).toMatch(/withdrawn/);
    expect(screen.getByTestId('referral-consent').textContent).toMatch(/later refused or withdrew consent/);
  });
});

async function setFault(rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandbox.urls.origin}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(res.status).toBe(201);
}

async function referralsWith(referralId: string): Promise<number> {
  const system = 'https://fhir.hjp-link.org.uk/Id/referral';
  const bundle = (await admin<Bundle>('GET', `ServiceRequest?identifier=${system}|${referralId}&_summary=count`)).body;
  return bundle.total ?? -1;
}

describe('sending the referral when the answer is lost', () => {
  it('committed but the answer lost: the app asks the record and says "Referral sent"', async () => {
    const referralId = draftAtConsent('pat-005');
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-005', profile: 'clinician' });
    const view = renderAt('/refer/consent', <ClinicianRoutes session={session} />);
    fireEvent.click(await screen.findByTestId('consent-continue'));
    await screen.findByTestId('referral-form');
    await setFault({ method: 'POST', path: '/fhir', kind: 'drop' });
    await continueAndSend();
    await waitFor(() => {
      expect(view.location()).toMatch(/^\/referrals\/[^/]+\/sent$/);
    });
    expect(screen.queryByText('The referral was not sent')).toBeNull();
    expect(await referralsWith(referralId)).toBe(1);
  });

  it('not committed (the server failed): "The referral was not sent", the form intact, and a retry sends once', async () => {
    const referralId = draftAtConsent('pat-008');
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-008', profile: 'clinician' });
    const view = renderAt('/refer/consent', <ClinicianRoutes session={session} />);
    fireEvent.click(await screen.findByTestId('consent-continue'));
    await screen.findByTestId('referral-form');
    await setFault({ method: 'POST', path: '/fhir', kind: 'error', status: 503 });
    await continueAndSend();
    // The message sits next to the Send button, and the error summary at the top links to it.
    await waitFor(() => {
      expect(screen.getByTestId('problem').textContent).toMatch(/The referral was not sent/);
    });
    expect(screen.getByRole('link', { name: 'The referral was not sent' }).getAttribute('href')).toBe('#step-problem');
    expect(screen.getByTestId('problem').textContent).toMatch(/you can send it again safely/);
    // The answers are intact: the check page still shows them, ready to send again.
    expect(screen.getByTestId('check-answers').textContent).toMatch(/phone: 07700 900123/);
    expect(await referralsWith(referralId)).toBe(0);
    fireEvent.click(screen.getByTestId('retry'));
    await waitFor(() => {
      expect(view.location()).toMatch(/^\/referrals\/[^/]+\/sent$/);
    });
    expect(await referralsWith(referralId)).toBe(1);
  });
});

describe('the GP’s answer to an evidence request', () => {
  it('needs the evidence consent in force when sending: withdrawn since the screen loaded → a plain message, nothing sent', async () => {
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-004', profile: 'clinician' });
    renderAt('/referrals/ref-04/evidence/evid-04', <ClinicianRoutes session={session} />);
    const form = await screen.findByTestId('evidence-answer');
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: 'Letter attached about her joints' } });
    // The patient withdraws consent meanwhile (recorded elsewhere).
    const current = (await admin<Consent>('GET', 'Consent/consent-04')).body;
    const put = await admin(
      'PUT',
      'Consent/consent-04',
      { ...current, status: 'inactive' },
      {
        'If-Match': `W/"${current.meta?.versionId ?? ''}"`,
      },
    );
    expect(put.status).toBe(200);
    const evidenceMessages = async (): Promise<number> =>
      (await admin<Bundle>('GET', 'Communication?based-on=ServiceRequest/ref-04&_summary=count')).body.total ?? -1;
    const before = await evidenceMessages();
    fireEvent.click(screen.getByTestId('send-evidence'));
    const problem = await screen.findByTestId('problem');
    expect(problem.textContent).toMatch(/Nothing was sent\. The patient withdrew their consent\./);
    expect(problem.textContent).not.toMatch(/Your access to the record does not allow this/);
    expect(await evidenceMessages()).toBe(before);
  });
});

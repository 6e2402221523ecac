import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Bundle, ServiceRequest, Task } from 'fhir/r4';
import { SCOPES } from '../../src/smart/scopes';
import { buildEvidenceRequest, evidenceRequestBundle } from '../../src/evidence/evidenceRequest';
import { createGateway } from '../../src/fhir/gateway';
import { launchApp } from '../support/browser';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import { answer, continueToCheck, recordConsent, screen } from '../support/clinicianPage';
import { launchHeadless } from '../support/smart';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
// This file's own sandbox: its data is its own (no other file's writes change what it sees).
let sandboxOrigin = '';
let fhirBase = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
  fhirBase = sandbox.urls.fhirBase;
});

const { freshPage } = browserPerFile();

async function screenAndRecordConsent(page: Page, medicalEvidence = false): Promise<void> {
  await screen(
    page,
    { eviction: 'Yes', noMoneyForFoodOrHeating: 'No', moneyOrDebtWorries: 'Yes' },
    expectNoAxeViolations,
  );
  expect(await page.getByTestId('urgent-needs').textContent()).toMatch(/eviction/i);
  expect(await page.getByTestId('needs-summary').textContent()).toMatch(/Housing/);
  await expectNoAxeViolations(page);
  await recordConsent(page, { medicalEvidence }, expectNoAxeViolations);
}

async function setFault(rule: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sandboxOrigin}/__test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(res.status).toBe(201);
}

/** Fills and sends the referral; with `fault`, the first send fails (lost answer) and the user retries. */
async function referAndSeeTimeline(page: Page, fault?: 'drop' | 'error'): Promise<void> {
  await page.getByTestId('referral-form').waitFor();
  // Pre-filled from the screening: housing and debt, urgent.
  expect(
    await page
      .getByRole('group', { name: /need help with/ })
      .getByLabel('Housing')
      .isChecked(),
  ).toBe(true);
  expect(
    await page
      .getByRole('group', { name: /How urgent/ })
      .getByLabel('Urgent')
      .isChecked(),
  ).toBe(true);
  await page
    .getByRole('group', { name: /How may the advice service contact/ })
    .getByLabel('Phone call')
    .check();
  const phone = page.getByLabel('Phone number');
  if (!(await phone.inputValue())) {
    // No phone on the record: "Phone call" is an error beside the phone field and in the summary.
    await page.getByTestId('details-continue').click();
    await page
      .locator('#field-phone-error')
      .getByText(/Enter a phone number for a phone call/)
      .waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(/Enter a phone number/);
    await expectNoAxeViolations(page);
    await phone.fill('07700 900999');
  }
  await expectNoAxeViolations(page);
  await continueToCheck(page);
  await expectNoAxeViolations(page);
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().startsWith(fhirBase)) {
      writes.push(r.url());
    }
  });
  if (fault) {
    await setFault({ method: 'POST', path: '/fhir', kind: fault });
    await page.getByTestId('send-referral').click();
    await page.getByTestId('problem').getByText('The referral was not sent').waitFor();
    expect(await page.getByTestId('problem').textContent()).toMatch(/you can send it again safely/);
    // The message is beside the button that failed (not a screen away) and in the error summary.
    const [problemBox, button] = await Promise.all([
      page.getByTestId('problem').boundingBox(),
      page.getByTestId('send-referral').boundingBox(),
    ]);
    expect(Math.abs((button?.y ?? 0) - ((problemBox?.y ?? 0) + (problemBox?.height ?? 0)))).toBeLessThan(100);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(/The referral was not sent/);
    await expectNoAxeViolations(page);
    await page.getByTestId('retry').click();
  } else {
    await page.getByTestId('send-referral').dblclick();
  }
  await page.getByTestId('referral-sent').waitFor();
  // One HTTP request for the whole referral, even on a double click (plus the retry after a fault).
  expect(writes).toHaveLength(fault ? 2 : 1);
  await page.getByTestId('timeline-events').getByText('Sent to the advice service').waitFor();
  expect(await page.getByTestId('timeline-status').textContent()).toMatch(/Sent to the advice service/);
  await expectNoAxeViolations(page);
}

/** The adviser side, headless: an evidence request on the patient's newest referral. */
async function adviserAsksForEvidence(patientId: string): Promise<void> {
  const token = await launchHeadless(sandboxOrigin, fhirBase, { user: 'adviser', scope: SCOPES.adviser.join(' ') });
  const adviser = createGateway({
    baseUrl: fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
  const found: Bundle = await adviser.search('ServiceRequest', {
    subject: `Patient/${patientId}`,
    _sort: '-authored',
    _count: '1',
    _revinclude: 'Task:focus',
  });
  const referral = found.entry?.find((e) => e.resource?.resourceType === 'ServiceRequest')?.resource as ServiceRequest;
  const referralTask = found.entry?.find((e) => e.resource?.resourceType === 'Task')?.resource as Task;
  // A ward launch names the encounter and its ward on the referral, for the adviser.
  if (patientId === 'pat-002') {
    expect(referral.encounter?.reference).toBe('Encounter/enc-ward-001');
    expect(referral.locationReference?.[0]?.display).toBe('Ward 7');
  }
  const now = new Date();
  const due = new Date(now.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const requester = { reference: 'PractitionerRole/adviser', organisation: { reference: 'Organization/org-advice' } };
  const request = buildEvidenceRequest({
    referralTask,
    referral,
    description: 'A letter about his breathing and mobility',
    due,
    requester,
    now,
  });
  await adviser.transaction(evidenceRequestBundle(request, requester, now));
}

describe('clinician flow through a real launch', () => {
  it('a GP screens, records consent, refers, and sees the referral on the timeline', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-007' });
    await page.getByTestId('referral-list').waitFor();
    expect(await page.getByTestId('open-referral-warning').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenAndRecordConsent(page);
    await referAndSeeTimeline(page);
    // Follow-up on the same screen: a message to the adviser, then cancel (sent in error).
    await page.getByTestId('reply-box').getByRole('textbox').fill('Best to call after 10am <b>please</b>');
    await page.getByTestId('send-message').click();
    await page.getByTestId('timeline-events').getByText('Best to call after 10am <b>please</b>').waitFor();
    await page.getByTestId('cancel-referral').click();
    await page.getByTestId('confirm-cancel').click();
    await page.getByText('Enter why you are cancelling the referral').waitFor();
    await expectNoAxeViolations(page);
    await page.locator('#cancel-reason').fill('Sent in error: wrong patient');
    await page.getByTestId('confirm-cancel').click();
    await page.getByTestId('timeline-status').getByText('Cancelled').waitFor();
    await page
      .getByTestId('timeline-events')
      .getByText(/Reason: Sent in error: wrong patient/)
      .waitFor();
    expect(await page.getByTestId('cancel-referral').count()).toBe(0);
  });

  it('a ward nurse does the same in an encounter, warned first about the open referral', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'ward-nurse', patient: 'pat-002', encounter: 'enc-ward-001' });
    await page.getByTestId('open-referral-warning').waitFor();
    await expectNoAxeViolations(page);
    const before = await page.getByTestId('referral-row').count();
    // The patient agrees to share medical evidence too: the record refuses an evidence request without it.
    await screenAndRecordConsent(page, true);
    await referAndSeeTimeline(page, 'error');
    await adviserAsksForEvidence('pat-002');
    // A reload stays on the confirmation (its own URL); the home screen is a fresh load away, same session.
    await page.reload();
    await page.getByTestId('referral-sent').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/referrals\/[^/]+\/sent$/);
    await page.goto(`${appUrl}/`);
    await page.getByTestId('referral-list').waitFor();
    // The failed attempt and the retry made exactly one new referral.
    expect(await page.getByTestId('referral-row').count()).toBe(before + 1);
    await page.getByTestId('referral-row').first().getByText('1 evidence request').waitFor();
    await page.getByTestId('referral-row').first().getByRole('link').click();
    const evidence = page.getByTestId('evidence-requests');
    await evidence.waitFor();
    expect(await evidence.textContent()).toMatch(/Due by \d{1,2} \w+ \d{4}.*A letter about his breathing/);
    await expectNoAxeViolations(page);
  });

  it('a reload mid-checklist keeps the answers', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-005' });
    // Keyboard only: Enter on the button, Tab to the first question, Space to choose, arrows to change.
    await page.getByTestId('start-checklist').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('checklist').waitFor();
    for (
      let i = 0;
      i < 10 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    const eviction = page.getByRole('group', { name: /eviction, possession notice/ });
    expect(await eviction.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await eviction.getByLabel('No', { exact: true }).isChecked()).toBe(true);
    await answer(page, /worried about money or debt/, 'Yes');
    await answer(page, /immigration status/, 'No');
    await page.reload();
    await page.getByTestId('checklist').waitFor();
    expect(
      await page
        .getByRole('group', { name: /worried about money or debt/ })
        .getByLabel('Yes', { exact: true })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('group', { name: /immigration status/ })
        .getByLabel('No', { exact: true })
        .isChecked(),
    ).toBe(true);
    // A new launch in the same tab (e.g. after the session ended) finds the same draft.
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-005' });
    await page.getByRole('button', { name: 'Continue the welfare checklist' }).click();
    await page.getByTestId('checklist').waitFor();
    expect(new URL(page.url()).pathname).toBe('/refer/checklist');
    expect(await page.title()).toBe('Welfare checklist – Step 1 of 5 – HJP Link');
    expect(
      await page
        .getByRole('group', { name: /worried about money or debt/ })
        .getByLabel('Yes', { exact: true })
        .isChecked(),
    ).toBe(true);
  });

  it('a server failure while loading gives a plain message and a working Try again', async () => {
    const page = await freshPage();
    // The first screen's reads go as one batch (POST to the base): the server fails it, then the
    // referrals search asked on its own; Try again asks that search once more.
    await setFault({ method: 'POST', path: '/fhir', kind: 'error', status: 503 });
    await setFault({ method: 'GET', path: '/fhir/ServiceRequest', kind: 'error', status: 503 });
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-003' });
    await page.getByText('HJP Link could not load this patient’s information').waitFor();
    expect(await page.getByTestId('problem').textContent()).toMatch(/The record system had a problem/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('referral-list').waitFor();
  });
});

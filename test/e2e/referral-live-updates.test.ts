import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Bundle, ServiceRequest, Task } from 'fhir/r4';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { updateCase } from '../../src/casework/api';
import { buildMessage } from '../../src/domain/messages';
import { buildEvidenceRequest, evidenceRequestBundle } from '../../src/evidence/evidenceRequest';
import { createOnce } from '../../src/fhir/createOnce';
import type { FhirGateway } from '../../src/fhir/gateway';
import { ADVISER_USER, gatewayFor } from '../integration/adviser-support';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { recordConsent, screen, sendReferral } from '../support/clinicianPage';
import { sandboxPerFile } from '../support/sandboxPerFile';

// The GP's patient launch, open on one referral's timeline, while the adviser works the case:
// the stage change, the evidence request and the message arrive without a reload (the app polls,
// every 20 s by default), each credited to the adviser, and "new" on the patient's referrals is
// right after the GP replies and after a relaunch. The referral is this file's own: the GP makes it.
const appUrl = inject('appUrl');
let running: RunningSandbox | undefined;
sandboxPerFile((sandbox) => {
  running = sandbox;
});
const sandbox = (): RunningSandbox => {
  if (!running) {
    throw new Error('the sandbox is not running');
  }
  return running;
};
const { freshPage } = browserPerFile();

/** An update must show within a minute without a reload. */
const WITHIN_A_MINUTE = 60_000;
const PATIENT = 'pat-008';

async function launchGp(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await launchApp(page, sandbox().urls.origin, appUrl, { user: 'gp', patient: PATIENT });
  await page.getByTestId('referral-list').waitFor();
}

/** The referral and its Task as the adviser reads them. */
async function adviserReads(adviser: FhirGateway, id: string): Promise<{ referral: ServiceRequest; task: Task }> {
  const found: Bundle = await adviser.search('ServiceRequest', { _id: id, _revinclude: 'Task:focus' });
  const resources = (found.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const referral = resources.find((r): r is ServiceRequest => r.resourceType === 'ServiceRequest');
  const task = resources.find((r): r is Task => r.resourceType === 'Task');
  if (!referral || !task) {
    throw new Error(`the adviser cannot read referral ${id}`);
  }
  return { referral, task };
}

function adviserMessages(adviser: FhirGateway, referral: ServiceRequest, task: Task, text: string): Promise<unknown> {
  return createOnce(
    adviser,
    buildMessage({
      identifier: randomUUID(),
      category: 'message',
      patientId: PATIENT,
      about: [`Task/${task.id ?? ''}`],
      basedOn: `ServiceRequest/${referral.id ?? ''}`,
      sender: ADVISER_USER.reference,
      recipients: [referral.requester?.reference ?? ''],
      text,
      sent: new Date(),
    }),
  );
}

/** Waits for `text` in the timeline's events (no reload) and returns how long it took since `since`. */
async function shows(page: Page, text: RegExp, since: number): Promise<number> {
  await page.getByTestId('timeline-events').locator('li', { hasText: text }).waitFor({ timeout: WITHIN_A_MINUTE });
  return Date.now() - since;
}

/** The events of the timeline that match `text`, each one's words. */
async function eventsMatching(page: Page, text: RegExp): Promise<string[]> {
  return page.getByTestId('timeline-events').locator('li', { hasText: text }).allTextContents();
}

function rowOf(page: Page, id: string): Locator {
  return page.getByTestId('referral-row').filter({ has: page.locator(`a[href="/referrals/${id}"]`) });
}

describe('a referral’s timeline in the patient’s record, while the adviser works the case', () => {
  it('shows the adviser’s stage change, evidence request and message without a reload, credited to them; “new” stays right', async () => {
    // The GP refers (consent to share medical evidence too, so the adviser may ask for it).
    const page = await freshPage();
    await launchGp(page);
    await screen(page, { eviction: 'No', noMoneyForFoodOrHeating: 'No', moneyOrDebtWorries: 'Yes' });
    await recordConsent(page, { medicalEvidence: true });
    await sendReferral(page, sandbox().urls.fhirBase);
    const id = /^\/referrals\/([^/]+)\/sent$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(id).not.toBe('');

    // The GP opens the referral's timeline from the patient's referrals, and keeps it open.
    await page.getByRole('link', { name: 'Back to all referrals' }).click();
    await rowOf(page, id).getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/referrals/${id}`);
    await page.getByTestId('timeline-events').getByText('Sent to the advice service').waitFor();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // The adviser (their own launch, straight at the API) accepts, moves the stage, asks for evidence and writes.
    const adviser = await gatewayFor(sandbox(), 'adviser');
    const { referral, task } = await adviserReads(adviser, id);
    const started = Date.now();
    await updateCase(adviser, task, { status: 'accepted' }, ADVISER_USER);
    const accepted = (await adviserReads(adviser, id)).task;
    await updateCase(adviser, accepted, { status: 'in-progress', stage: 'contacted' }, ADVISER_USER);
    const stageAt = Date.now();
    const now = new Date();
    const request = buildEvidenceRequest({
      referralTask: task,
      referral,
      description: 'A letter about how the debt affects their mental health.',
      due: new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10),
      requester: ADVISER_USER,
      now,
    });
    await adviser.transaction(evidenceRequestBundle(request, ADVISER_USER, now));
    const evidenceAt = Date.now();
    await adviserMessages(adviser, referral, task, 'We spoke to Jordan today and will call again on Friday.');
    const messageAt = Date.now();

    const stageShown = await shows(page, /Client contacted/, stageAt);
    const evidenceShown = await shows(page, /Medical evidence requested/, evidenceAt);
    const messageShown = await shows(page, /We spoke to Jordan today/, messageAt);
    console.info(
      `referral timeline: stage change shown after ${String(Math.round(stageShown / 1000))} s, evidence request ${String(
        Math.round(evidenceShown / 1000),
      )} s, message ${String(Math.round(messageShown / 1000))} s (all written within ${String(
        Math.round((messageAt - started) / 1000),
      )} s)`,
    );
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page
      .getByTestId('timeline-status')
      .getByText(/Client contacted/)
      .waitFor();
    await page
      .getByTestId('evidence-requests')
      .getByText(/A letter about how the debt affects/)
      .waitFor();

    // Each of the adviser's changes names the adviser, never the GP.
    const adviserEvents = [
      ...(await eventsMatching(page, /Accepted|Client contacted/)),
      ...(await eventsMatching(page, /Medical evidence requested/)),
      ...(await eventsMatching(page, /We spoke to Jordan today/)),
    ];
    expect(adviserEvents).toHaveLength(4);
    for (const event of adviserEvents) {
      expect(event).toMatch(/Fatima Begum/);
      expect(event).not.toMatch(/\(you\)|Anjali Mehta/);
    }
    // The timeline with the evidence request's answer form: axe-clean at 1280 and 320 px, nothing wider than 320 px.
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The GP replies: their own message is theirs, and nothing is "new" for them on the referral.
    await page.getByTestId('reply-box').getByRole('textbox').fill('Thank you. Friday afternoon suits them best.');
    await page.getByTestId('send-message').click();
    await page.getByTestId('timeline-events').getByText('Thank you. Friday afternoon suits them best.').waitFor();
    expect(await eventsMatching(page, /Friday afternoon suits them/)).toEqual([
      expect.stringMatching(/Message from Dr Anjali Mehta.*\(you\)/),
    ]);
    await page.getByRole('link', { name: 'Back to all referrals' }).click();
    await rowOf(page, id).waitFor();
    await expect.poll(() => rowOf(page, id).getByTestId('unread-count').count(), { timeout: 10_000 }).toBe(0);
    expect(await rowOf(page, id).textContent()).toMatch(/1 evidence request/);

    // The adviser writes again while the GP is on the patient's referrals: "1 new message", without a reload.
    const againAt = Date.now();
    await adviserMessages(adviser, referral, task, 'Friday at 2pm is booked.');
    await rowOf(page, id).getByText('1 new message').waitFor({ timeout: WITHIN_A_MINUTE });
    console.info(
      `patient’s referrals: new message marked after ${String(Math.round((Date.now() - againAt) / 1000))} s`,
    );

    // A relaunch (a new browser context: nothing carried over) reads the same from the record.
    const relaunched = await freshPage();
    await launchGp(relaunched);
    await rowOf(relaunched, id).getByText('1 new message').waitFor();
    await rowOf(relaunched, id).getByRole('link').click();
    await relaunched.getByTestId('timeline-events').getByText('Friday at 2pm is booked.').waitFor();
    await relaunched.getByRole('link', { name: 'Back to all referrals' }).click();
    await expect.poll(() => rowOf(relaunched, id).getByTestId('unread-count').count(), { timeout: 10_000 }).toBe(0);
    const third = await freshPage();
    await launchGp(third);
    expect(await rowOf(third, id).getByTestId('unread-count').count()).toBe(0);
    expect(await rowOf(third, id).textContent()).toMatch(/Client contacted/);
  });
});

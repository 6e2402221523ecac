import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildMessage } from '../../src/domain/messages';
import { createOnce } from '../../src/fhir/createOnce';
import { createGateway } from '../../src/fhir/gateway';
import { SCOPES } from '../../src/smart/scopes';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';
import { launchHeadless } from '../support/smart';

const appUrl = inject('appUrl');
// This file's own sandbox: the seed's referrals are its data (no other file's writes change what it sees).
let sandboxOrigin = '';
let fhirBase = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
  fhirBase = sandbox.urls.fhirBase;
});

const { freshPage } = browserPerFile();

/** An update must show within a minute without a reload (the poll runs every 20 s by default). */
const WITHIN_A_MINUTE = 60_000;

/** The adviser, with their own token straight at the API, messages the GP about case 03 (Mr Okafor). */
async function adviserMessagesTheGp(text: string): Promise<void> {
  const token = await launchHeadless(sandboxOrigin, fhirBase, { user: 'adviser', scope: SCOPES.adviser.join(' ') });
  const adviser = createGateway({
    baseUrl: fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
  await createOnce(
    adviser,
    buildMessage({
      identifier: randomUUID(),
      category: 'message',
      patientId: 'pat-003',
      about: ['Task/task-03'],
      basedOn: 'ServiceRequest/ref-03',
      sender: 'PractitionerRole/adviser',
      recipients: ['PractitionerRole/gp'],
      text,
      sent: new Date(),
    }),
  );
}

const row = (page: Page, serviceRequestId: string) => page.getByTestId(`worklist-row-${serviceRequestId}`);

async function openWorklist(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The launcher's default launch URL with no patient gives profile=practice; here the app's own URL says it.
  await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', profile: 'practice' });
  await page.getByTestId('worklist-table').waitFor();
}

async function nothingWiderThan(page: Page, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('the practice worklist (a GP with no patient open)', () => {
  it('lists the practice’s referrals, evidence first; accessible at 1280 and 320 px', async () => {
    const page = await freshPage();
    await openWorklist(page);
    expect(await page.title()).toBe('Your referrals – HJP Link');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const first = page.getByTestId('worklist-table').locator('tbody tr').first();
    expect(await first.getAttribute('data-testid')).toBe('worklist-row-ref-04');
    expect(await first.textContent()).toMatch(/Medical evidence requested, due/);
    expect(await row(page, 'ref-08').textContent()).toMatch(/Not accepted/);
    expect(await row(page, 'ref-07').textContent()).toMatch(/Outcome recorded/);
    expect(await page.getByTestId('worklist-row-ref-02').count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await nothingWiderThan(page, 320)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });

  it('filters with codes in the address, by keyboard', async () => {
    const page = await freshPage();
    await openWorklist(page);
    await page.getByLabel('Needs attention').selectOption('rejected');
    await page.getByTestId('apply-filters').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?attention=rejected$/);
    await page.getByTestId('worklist-row-ref-08').waitFor();
    expect(await page.getByTestId('worklist-table').locator('tbody tr').count()).toBe(1);
    expect(new URL(page.url()).search).toBe('?attention=rejected');
  });

  it('shows a new adviser message within a minute without a reload; the count clears once read and stays cleared after relaunch', async () => {
    const page = await freshPage();
    await openWorklist(page);
    // Seeded: one adviser message to the GP about case 03 (msg-03-1), not yet opened.
    await row(page, 'ref-03').getByText('1 new message').waitFor();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    const sent = Date.now();
    await adviserMessagesTheGp('We have booked a phone call for Tuesday at 10am.');
    await row(page, 'ref-03').getByText('2 new messages').waitFor({ timeout: WITHIN_A_MINUTE });
    const shownAfter = Date.now() - sent;
    console.info(
      `practice worklist: adviser message shown ${String(Math.round(shownAfter / 1000))} s after it was sent`,
    );
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // Opening the referral is reading it: its timeline at its own URL, the message in it.
    await row(page, 'ref-03').getByRole('link').click();
    await page.waitForURL(/\/referrals\/ref-03$/);
    await page.getByTestId('timeline-events').getByText('We have booked a phone call for Tuesday at 10am.').waitFor();
    // Attribution from the record: a change nobody recorded is never credited to the GP.
    expect(await page.getByTestId('timeline-events').textContent()).not.toMatch(/\(you\)/);
    expect(await page.getByTestId('reply-in-record').isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    expect(await nothingWiderThan(page, 320)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('link', { name: 'Back to your referrals' }).click();
    await row(page, 'ref-03').waitFor();
    await expect.poll(() => row(page, 'ref-03').getByTestId('unread-count').count(), { timeout: 10_000 }).toBe(0);

    // A relaunch (a new browser context: nothing carried over) reads the same from the record.
    const again = await freshPage();
    await openWorklist(again);
    expect(await row(again, 'ref-03').textContent()).not.toMatch(/new message/);
    expect(await row(again, 'ref-03').getByTestId('unread-count').count()).toBe(0);
  });

  it('in the patient’s record too, the referral’s timeline shows a new adviser message without a reload', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-003' });
    await page.getByTestId('referral-list').waitFor();
    await page.locator('a[href="/referrals/ref-03"]').click();
    await page.waitForURL(/\/referrals\/ref-03$/);
    await page.getByTestId('timeline-events').waitFor();
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    await adviserMessagesTheGp('Mr Okafor has an appointment on Thursday.');
    await page
      .getByTestId('timeline-events')
      .getByText('Mr Okafor has an appointment on Thursday.')
      .waitFor({ timeout: WITHIN_A_MINUTE });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});

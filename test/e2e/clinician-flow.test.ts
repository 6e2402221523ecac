import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchApp, launchBrowser } from '../support/browser';

const appUrl = inject('appUrl');
const sandboxOrigin = inject('sandboxOrigin');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function freshPage(): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Answers a radio question by its legend, like a user picking a large target. */
async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

async function screenAndRecordConsent(page: Page): Promise<void> {
  await page.getByTestId('start-checklist').click();
  await page.getByTestId('checklist').waitFor();
  await answer(page, /eviction, possession notice or court date/, 'Yes');
  await answer(page, /no money for food or heating/, 'No');
  await answer(page, /worries about money or debt/, 'Yes');
  await expectNoAxeViolations(page);
  await page.getByTestId('finish-checklist').click();
  await page.getByTestId('needs-summary').waitFor();
  expect(await page.getByTestId('urgent-needs').textContent()).toMatch(/eviction/i);
  expect(await page.getByTestId('needs-summary').textContent()).toMatch(/Housing/);
  await expectNoAxeViolations(page);
  await page.getByTestId('to-consent').click();
  await page.locator('[data-testid="consent-record"], [data-testid="consent-found"]').first().waitFor();
  if (await page.getByTestId('consent-found').count()) {
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Record a new decision' }).click();
  }
  await page.getByTestId('consent-record').waitFor();
  await answer(page, /agree to the referral/, 'Yes, the patient agrees');
  await answer(page, /share medical evidence/, 'No, the patient does not agree');
  await answer(page, /How did the patient give their decision/, 'Verbally');
  await expectNoAxeViolations(page);
  await page.getByTestId('consent-save').click();
}

async function referAndSeeTimeline(page: Page): Promise<void> {
  await page.getByTestId('referral-form').waitFor();
  // Pre-filled from the screening: housing and debt, urgent.
  expect(await page.getByRole('group', { name: /need help with/ }).getByLabel('Housing').isChecked()).toBe(true);
  expect(await page.getByRole('group', { name: /How urgent/ }).getByLabel('Urgent').isChecked()).toBe(true);
  await page.getByRole('group', { name: /How may the advice service contact/ }).getByLabel('Phone call').check();
  await expectNoAxeViolations(page);
  await page.getByTestId('send-referral').click();
  await page.getByTestId('referral-sent').waitFor();
  await page.getByTestId('timeline-events').getByText('Sent to the advice service').waitFor();
  expect(await page.getByTestId('timeline-status').textContent()).toMatch(/Sent to the advice service/);
  await expectNoAxeViolations(page);
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
    expect(await page.getByTestId('timeline-events').textContent()).toMatch(/Sent in error: wrong patient/);
    expect(await page.getByTestId('cancel-referral').count()).toBe(0);
  });

  it('a ward nurse does the same in an encounter, warned first about the open referral', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'ward-nurse', patient: 'pat-002', encounter: 'enc-ward-001' });
    await page.getByTestId('open-referral-warning').waitFor();
    await expectNoAxeViolations(page);
    await screenAndRecordConsent(page);
    await referAndSeeTimeline(page);
  });

  it('a reload mid-checklist keeps the answers', async () => {
    const page = await freshPage();
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-005' });
    await page.getByTestId('start-checklist').click();
    await answer(page, /worries about money or debt/, 'Yes');
    await answer(page, /immigration status/, 'No');
    await page.reload();
    await page.getByTestId('checklist').waitFor();
    expect(await page.getByRole('group', { name: /worries about money or debt/ }).getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: /immigration status/ }).getByLabel('No', { exact: true }).isChecked()).toBe(true);
    // A new launch in the same tab (e.g. after the session ended) finds the same draft.
    await launchApp(page, sandboxOrigin, appUrl, { user: 'gp', patient: 'pat-005' });
    await page.getByTestId('checklist').waitFor();
    expect(await page.getByRole('group', { name: /worries about money or debt/ }).getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
  });
});

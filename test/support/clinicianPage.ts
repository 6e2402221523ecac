import type { Page } from 'playwright-core';
import { launcherUrl, type AppLaunch } from './browser';

/** Answers a radio question by its legend, like a user picking a large target. */
export async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
}

/** Checklist (eviction + money worries), needs summary, then records a new referral-only consent. */
export async function screenAndRecordConsent(page: Page, beforeEachStep: (page: Page) => Promise<void> = () => Promise.resolve()): Promise<void> {
  await page.getByTestId('start-checklist').click();
  await page.getByTestId('checklist').waitFor();
  await answer(page, /eviction, possession notice or court date/, 'Yes');
  await answer(page, /no money for food or heating/, 'No');
  await answer(page, /worries about money or debt/, 'Yes');
  await beforeEachStep(page);
  await page.getByTestId('finish-checklist').click();
  await page.getByTestId('needs-summary').waitFor();
  await beforeEachStep(page);
  await page.getByTestId('to-consent').click();
  await page.locator('[data-testid="consent-record"], [data-testid="consent-found"]').first().waitFor();
  if (await page.getByTestId('consent-found').count()) {
    await beforeEachStep(page);
    await page.getByRole('button', { name: 'Record a new decision' }).click();
  }
  await page.getByTestId('consent-record').waitFor();
  await answer(page, /agree to the referral/, 'Yes, the patient agrees');
  await answer(page, /share medical evidence/, 'No, the patient does not agree');
  await answer(page, /How did the patient give their decision/, 'Verbally');
  await beforeEachStep(page);
  await page.getByTestId('consent-save').click();
}

/**
 * Launches, screens, records consent and sends a referral; returns the FHIR writes (non-GET
 * requests) made by the send itself.
 */
export async function referFromScratch(
  page: Page,
  env: { sandboxOrigin: string; appUrl: string; fhirBase: string },
  launch: AppLaunch,
): Promise<string[]> {
  await page.goto(launcherUrl(env.sandboxOrigin, env.appUrl, launch));
  await page.getByTestId('referral-list').waitFor();
  await screenAndRecordConsent(page);
  await page.getByTestId('referral-form').waitFor();
  await page.getByRole('group', { name: /How may the advice service contact/ }).getByLabel('Phone call').check();
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().startsWith(env.fhirBase)) writes.push(`${r.method()} ${r.url().slice(env.fhirBase.length) || '/'}`);
  });
  await page.getByTestId('send-referral').click();
  await page.getByTestId('referral-sent').waitFor();
  return writes;
}

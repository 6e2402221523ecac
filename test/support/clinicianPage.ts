import type { Page } from 'playwright-core';
import { launcherUrl, type AppLaunch } from './browser';

/** Something to run on each screen (e.g. an axe check). */
type Check = (page: Page) => Promise<void>;
const noCheck: Check = () => Promise.resolve();

type YesNo = 'Yes' | 'No';

export interface ScreeningAnswers {
  eviction: YesNo;
  noMoneyForFoodOrHeating: YesNo;
  moneyOrDebtWorries: YesNo;
}

/** Answers a radio question by its legend, like a user picking a large target. */
export async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
}

/** Whether a radio question (found by its legend) shows `choice` as chosen. */
export function answered(page: Page, question: RegExp, choice: string): Promise<boolean> {
  return page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).isChecked();
}

/** From the clinician's first screen through the checklist to the needs summary. */
export async function screen(page: Page, answers: ScreeningAnswers, check: Check = noCheck): Promise<void> {
  await page.getByTestId('start-checklist').click();
  await page.getByTestId('checklist').waitFor();
  await answer(page, /eviction, possession notice or court date/, answers.eviction);
  await answer(page, /money for food or heating/, answers.noMoneyForFoodOrHeating);
  await answer(page, /worried about money or debt/, answers.moneyOrDebtWorries);
  await check(page);
  await page.getByTestId('finish-checklist').click();
  await page.getByTestId('needs-summary').waitFor();
}

/** From the needs summary: records a new verbal consent to the referral (and, if asked, to medical evidence). */
export async function recordConsent(
  page: Page,
  options: { medicalEvidence: boolean },
  check: Check = noCheck,
): Promise<void> {
  await page.getByTestId('to-consent').click();
  await page.locator('[data-testid="consent-record"], [data-testid="consent-found"]').first().waitFor();
  if (await page.getByTestId('consent-found').count()) {
    await check(page);
    await page.getByRole('button', { name: 'Record a new decision' }).click();
  }
  await page.getByTestId('consent-record').waitFor();
  await answer(page, /agree to the referral/, 'Yes, the patient agrees');
  await answer(
    page,
    /share medical evidence/,
    options.medicalEvidence ? 'Yes, the patient agrees' : 'No, the patient does not agree',
  );
  await answer(page, /How did the patient give their decision/, 'Verbally');
  await check(page);
  await page.getByTestId('consent-save').click();
  await page.getByTestId('referral-form').waitFor();
}

/** On the referral form: asks for a phone call (giving a number when the record has none), continues to check the answers. */
export async function continueToCheck(page: Page): Promise<void> {
  await page
    .getByRole('group', { name: /How may the advice service contact/ })
    .getByLabel('Phone call')
    .check();
  const phone = page.getByLabel('Phone number');
  if (!(await phone.inputValue())) {
    await phone.fill('07700 900999');
  }
  await page.getByTestId('details-continue').click();
  await page.getByTestId('check-answers').waitFor();
}

/** On the referral form: asks for a phone call, checks the answers and sends; returns the FHIR writes the send made. */
export async function sendReferral(page: Page, fhirBase: string): Promise<string[]> {
  await continueToCheck(page);
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && r.url().startsWith(fhirBase)) {
      writes.push(`${r.method()} ${r.url().slice(fhirBase.length) || '/'}`);
    }
  });
  await page.getByTestId('send-referral').click();
  await page.getByTestId('referral-sent').waitFor();
  return writes;
}

/** Launches, screens (eviction and debt), records consent and sends; returns the send's FHIR writes. */
export async function referFromScratch(
  page: Page,
  env: { sandboxOrigin: string; appUrl: string; fhirBase: string },
  launch: AppLaunch,
): Promise<string[]> {
  await page.goto(launcherUrl(env.sandboxOrigin, env.appUrl, launch));
  await page.getByTestId('referral-list').waitFor();
  await screen(page, { eviction: 'Yes', noMoneyForFoodOrHeating: 'No', moneyOrDebtWorries: 'Yes' });
  await recordConsent(page, { medicalEvidence: false });
  return sendReferral(page, env.fhirBase);
}

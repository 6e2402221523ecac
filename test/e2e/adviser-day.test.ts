import { describe, expect, inject, it } from 'vitest';
import type { Bundle, Communication } from 'fhir/r4';
import type { Page } from 'playwright-core';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { SCOPES } from '../../src/smart/scopes';
import { sandboxApi } from '../support/api';
import { launchApp } from '../support/browser';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';

/**
 * Issue 11's done-when: the adviser's working day on one case (case 03, pat-003, accepted, GP
 * referral), through real SMART launches, in this file's own sandbox: found by NHS number on the
 * caseload, opened by its link, assigned to the adviser, then worked and closed.
 */
const appUrl = inject('appUrl');
let sandbox: RunningSandbox | undefined;
sandboxPerFile((started) => {
  sandbox = started;
});
const { freshPage } = browserPerFile();

function running(): RunningSandbox {
  if (!sandbox) {
    throw new Error('the sandbox is not running');
  }
  return sandbox;
}

/** axe at 1280 px and at 320 px, and nothing wider than the 320 px screen. */
async function checkScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectNoAxeViolations(page);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > 321)
      .map((el) => `${el.tagName}.${el.className}#${el.id}:${String(Math.round(el.getBoundingClientRect().right))}`)
      .slice(0, 15),
  );
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function notice(page: Page, text: RegExp): Promise<void> {
  await page.getByTestId('success-notice').getByText(text).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('success-notice');
}

async function fillWhen(page: Page, scope: string, year: number): Promise<void> {
  const form = page.getByTestId(scope);
  await form.getByLabel('Day').fill('16');
  await form.getByLabel('Month').fill('3');
  await form.getByLabel('Year').fill(String(year));
  await form.getByLabel('Time').fill('10:15');
}

async function recordMeasures(
  page: Page,
  timepoint: 'intake' | 'closing',
  strain: string,
  score: string,
): Promise<void> {
  const form = page.getByTestId(`measure-form-${timepoint}`);
  await form
    .getByRole('group', { name: /How hard is it for you to pay/ })
    .getByLabel(strain, { exact: true })
    .check();
  for (const question of [
    /satisfied are you with your life/,
    /worthwhile/,
    /happy did you feel/,
    /anxious did you feel/,
  ]) {
    await form.getByRole('group', { name: question }).getByLabel(score, { exact: true }).check();
  }
  await page.getByTestId(`record-measure-${timepoint}`).click();
}

describe("the adviser's working day on one case", () => {
  it('books, measures, notes and closes with a listed benefit; notes stay with the advice service; the GP sees it', async () => {
    const adviser = await freshPage();
    await adviser.setViewportSize({ width: 1280, height: 900 });
    await launchApp(adviser, running().urls.origin, appUrl, { user: 'adviser', profile: 'adviser' });
    await adviser.getByTestId('caseload-table').waitFor();
    // Find the patient by NHS number; the caseload links to the case (its URL holds the id only).
    await adviser.getByLabel('Search cases').fill('999 456 7810');
    await adviser.getByTestId('search-cases').click();
    const found = adviser.getByTestId('case-row-task-03').getByRole('link');
    await found.waitFor();
    expect(await adviser.getByTestId('caseload-table').locator('tbody tr').count()).toBe(1);
    await found.click();
    await adviser.getByTestId('case-view').waitFor();
    expect(new URL(adviser.url()).pathname).toBe('/cases/task-03');
    await adviser.getByRole('button', { name: 'Assign to me' }).click();
    await adviser.getByTestId('case-owner-text').getByText('Assigned to you').waitFor();
    expect(await adviser.getByTestId('referrer').textContent()).not.toMatch(/PractitionerRole/);
    await checkScreen(adviser);

    // Nothing typed: the date input and the time field say so beside them; it all still fits 320 px, axe-clean.
    await adviser.getByTestId('book-appointment').click();
    await adviser.locator('#appt-when-date').getByText('Enter the date of the appointment').waitFor();
    await adviser.getByText('Enter the time of the appointment').first().waitFor();
    await checkScreen(adviser);

    // Book the first appointment, by phone, next year (UK time).
    const year = new Date().getFullYear() + 1;
    await fillWhen(adviser, 'appointment-form', year);
    await adviser.getByTestId('appointment-form').getByLabel('By phone').check();
    await adviser.getByTestId('book-appointment').click();
    await notice(adviser, new RegExp(`Appointment booked for 16 March ${String(year)}, 10:15`));
    await adviser
      .getByTestId('appointments')
      .getByText(`16 March ${String(year)}, 10:15 · By phone`)
      .waitFor();

    // The intake measures, then a case note.
    await recordMeasures(adviser, 'intake', 'Very hard', '3');
    await notice(adviser, /Measures at first contact recorded/);
    await adviser.getByTestId('measure-form-closing').waitFor();
    expect(await adviser.getByTestId('measure-measure-financial-strain').textContent()).toMatch(
      /At first contact\s*Very hard\s*At closing\s*Not recorded/,
    );
    await adviser.getByLabel('New case note').fill('Client asked us to call after 10am; LCWRA claim started.');
    await adviser.getByTestId('add-note').click();
    await notice(adviser, /Case note added/);
    await adviser
      .getByTestId('case-notes')
      .getByText(/LCWRA claim started/)
      .waitFor();
    await checkScreen(adviser);

    // A clinician's token cannot read the note: not by search, not by id.
    const asAdviser = await sandboxApi(running(), { user: 'adviser', scope: SCOPES.adviser.join(' ') });
    const thread = await asAdviser<Bundle>('GET', 'Communication?based-on=ServiceRequest/ref-03&_count=100');
    const note = (thread.body.entry ?? [])
      .map((e) => e.resource as Communication)
      .find((c) => c.payload?.[0]?.contentString?.includes('LCWRA claim started'));
    expect(note?.id).toBeDefined();
    const asGp = await sandboxApi(running(), { user: 'gp', patient: 'pat-003', scope: SCOPES.clinician.join(' ') });
    const gpThread = await asGp<Bundle>('GET', 'Communication?based-on=ServiceRequest/ref-03&_count=100');
    expect(gpThread.status).toBe(200);
    expect(JSON.stringify(gpThread.body)).not.toMatch(/LCWRA claim started/);
    expect((gpThread.body.entry ?? []).some((e) => e.resource?.id === note?.id)).toBe(false);
    expect([403, 404]).toContain((await asGp('GET', `Communication/${note?.id ?? ''}`)).status);

    // The closing measures, then close with a benefit from the list, confirming first.
    await recordMeasures(adviser, 'closing', 'Not hard at all', '7');
    await notice(adviser, /Measures at closing recorded/);
    await adviser.getByTestId('measure-measure-financial-strain').getByText('Not hard at all').waitFor();
    expect(await adviser.getByTestId('measure-measure-financial-strain').textContent(), 'strain table').toMatch(
      /At first contact\s*Very hard\s*At closing\s*Not hard at all/,
    );
    await adviser
      .getByRole('group', { name: 'Level of help given' })
      .getByLabel('Advice with casework', { exact: true })
      .check();
    await adviser.locator('#close-sessions').fill('2');
    await adviser.selectOption('#add-outcome-type', 'benefit-awarded');
    await adviser.getByTestId('add-outcome').click();
    await adviser.getByLabel('Which benefit', { exact: true }).selectOption('uc-lcwra');
    await adviser.getByLabel('Additional amount (£)').fill('416.19');
    await adviser.getByLabel('How often it is paid').selectOption('month');
    await adviser.getByTestId('close-submit').click();
    await adviser.getByTestId('confirm-close').waitFor();
    expect(await adviser.getByTestId('closing-measure-prompt').count()).toBe(0);
    await checkScreen(adviser);
    await adviser.getByTestId('close-confirm').click();
    await notice(adviser, /Case closed/);
    const outcome = adviser.getByTestId('closed-outcome');
    await outcome.getByText(/Universal Credit: LCWRA element/).waitFor();
    await checkScreen(adviser);

    // Reloading the case URL keeps the case, with its outcome.
    await adviser.reload();
    await adviser
      .getByTestId('closed-outcome')
      .getByText(/Universal Credit: LCWRA element/)
      .waitFor();
    expect(new URL(adviser.url()).pathname).toBe('/cases/task-03');

    // The GP's timeline shows the appointment and the outcome.
    const gp = await freshPage();
    await launchApp(gp, running().urls.origin, appUrl, { user: 'gp', patient: 'pat-003' });
    await gp.getByTestId('referral-list').waitFor();
    await gp.goto(`${appUrl}/referrals/ref-03`);
    await gp.getByTestId('referral-timeline').waitFor();
    await gp
      .getByTestId('timeline-appointment')
      .getByText(/by phone/)
      .waitFor();
    expect(await gp.getByTestId('outcome').textContent()).toMatch(/Universal Credit: LCWRA element/);
    expect(await gp.getByTestId('referral-timeline').textContent()).not.toMatch(/LCWRA claim started/);
    await checkScreen(gp);

    // Within the window the adviser can reopen it (to correct the outcome), with a reason.
    await adviser.getByTestId('reopen-start').click();
    await adviser.getByTestId('reopen-confirm').click();
    await adviser.getByTestId('reopen-case').getByText('Enter why the case is reopened.').waitFor();
    await adviser.getByLabel(/Why is the case reopened/).fill('The LCWRA amount was wrong: correcting it.');
    await adviser.getByTestId('reopen-confirm').click();
    await notice(adviser, /Case reopened/);
    await adviser
      .getByTestId('case-status')
      .getByText(/In progress/)
      .waitFor();
    await checkScreen(adviser);
  });
});

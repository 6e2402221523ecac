import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from '../support/browser';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
// This file's own sandbox: its data is its own (no other file's writes change what it sees).
let sandboxOrigin = '';
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
});

const { freshPage } = browserPerFile();

async function adviserPage(user = 'adviser'): Promise<Page> {
  const page = await freshPage();
  await launchApp(page, sandboxOrigin, appUrl, { user, profile: 'adviser' });
  await page.getByTestId('caseload-table').waitFor();
  return page;
}

/** Opens the first case in the caseload whose row matches `text`. */
async function openCase(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByTestId('caseload-table')
    .locator('tbody tr')
    .filter({ hasText: text })
    .first()
    .getByRole('link')
    .click();
  await page.getByTestId('case-view').waitFor();
}

async function answer(page: Page, question: RegExp, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByLabel(choice, { exact: true }).check();
}

describe('adviser flow through a real launch', () => {
  it('shows the caseload, urgent first, with counts and filters; every screen is axe-clean', async () => {
    const page = await adviserPage();
    expect(await page.getByTestId('signed-in-user').textContent()).toMatch(/Welfare rights adviser/);
    await page.getByTestId('count-requested').filter({ hasText: /\d/ }).waitFor();
    const first = page.getByTestId('caseload-table').locator('tbody tr').first();
    expect(await first.textContent()).toMatch(/Urgent/);
    await expectNoAxeViolations(page);
    await page.selectOption('#filter-urgency', 'routine');
    await page.selectOption('#filter-area', 'benefits');
    await page.getByTestId('apply-filters').click();
    await page.getByTestId('caseload-table').locator('tbody tr').filter({ hasText: 'KOWALSKA' }).waitFor();
    expect(
      await page
        .getByTestId('caseload-table')
        .locator('tbody tr')
        .filter({ hasText: /Urgent/ })
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('caseload-table').textContent()).not.toMatch(/HUSSAIN/); // pat-001's case is urgent
    await expectNoAxeViolations(page);
    // Keyboard: Enter on a patient opens the case with its heading focused; Enter on Back returns.
    await page.getByTestId('caseload-table').getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('case-view').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('link', { name: 'Back to caseload' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Caseload');
  });

  it('a case has its own URL: reload stays on it, Back returns to the same filters, and a deep link works', async () => {
    const page = await adviserPage();
    await page.selectOption('#filter-urgency', 'routine');
    await page.selectOption('#filter-area', 'benefits');
    await page.getByTestId('apply-filters').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?area=benefits&urgency=routine');
    await openCase(page, 'KOWALSKA');
    expect(new URL(page.url()).pathname).toBe('/cases/task-04');
    expect(page.url()).not.toMatch(/KOWALSKA|999/i); // ids only
    expect(await page.title()).toBe('Case – HJP Link');
    // Reload: the SMART session carries on and the same case shows.
    await page.reload();
    await page.getByTestId('case-view').waitFor();
    // Browser Back: the same caseload, filters applied and shown.
    await page.goBack();
    await page.getByTestId('caseload-table').locator('tbody tr').filter({ hasText: 'KOWALSKA' }).waitFor();
    expect(new URL(page.url()).search).toBe('?area=benefits&urgency=routine');
    expect(await page.locator('#filter-urgency').inputValue()).toBe('routine');
    expect(await page.title()).toBe('Caseload – HJP Link');
    // Forward, then the page's own Back link after a reload: the same filters again.
    await page.goForward();
    await page.getByTestId('case-view').waitFor();
    await page.reload();
    await page.getByTestId('case-view').waitFor();
    await page.getByRole('link', { name: 'Back to caseload' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?area=benefits&urgency=routine');
    // A deep link typed or bookmarked in the same tab opens straight on the case.
    await page.goto(`${appUrl}/cases/task-03`);
    await page.getByTestId('case-view').waitFor();
  });

  it('opens a case: consent-gated details, evidence form, close form with errors', async () => {
    const page = await adviserPage();
    await openCase(page, 'CLARKE, Doreen');
    expect(await page.getByTestId('conditions').textContent()).toMatch(/diabetes/i);
    await page.getByTestId('screening').waitFor();
    await page.getByTestId('history').waitFor();
    await expectNoAxeViolations(page);
    await page.selectOption('#add-outcome-type', 'benefit-increased');
    await page.getByTestId('add-outcome').click();
    await page.getByLabel('Additional amount (£)').fill('12.345');
    await page.getByTestId('close-submit').click();
    await page.getByText('Choose the level of help given.').first().waitFor();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toMatch(
      /Choose which benefit.*Enter an amount in pounds/,
    );
    await expectNoAxeViolations(page);
    await page.getByTestId('request-evidence').click();
    await page.getByText('Say what evidence you need.').first().waitFor();
    // The due date is the NHS date input (day, month, year); its error is linked to the day field.
    await page.locator('.nhsuk-error-summary a[href="#evidence-due-day"]', { hasText: 'Enter a due date' }).waitFor();
    expect(await page.locator('#evidence-due-date').textContent()).toMatch(/Error: Enter a due date/);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await expectNoAxeViolations(page);
    // At 320 px the date input and its errors fit, and stay accessible.
    const wide = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const fields = await page.locator('#evidence-due-date').boundingBox();
    expect((fields?.x ?? 0) + (fields?.width ?? 0)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    if (wide) {
      await page.setViewportSize(wide);
    }
    // A case without medical-evidence consent: no form, the reason instead, and no clinical summary.
    await page.getByRole('link', { name: 'Back to caseload' }).click();
    await openCase(page, 'PATEL, Sunita');
    await page.getByTestId('evidence-not-allowed').waitFor();
    expect(await page.getByTestId('request-evidence').count()).toBe(0);
    await page.getByTestId('conditions-hidden').waitFor();
    await page.getByTestId('screening-hidden').waitFor();
    await expectNoAxeViolations(page);
  });

  it('two advisers change the same case: the second sees what changed and re-applies', async () => {
    const [one, two] = await Promise.all([adviserPage('adviser'), adviserPage('adviser-2')]);
    await openCase(one, 'REID, Jordan');
    await openCase(two, 'REID, Jordan');
    await one.selectOption('#case-stage', 'casework');
    await one.getByTestId('save-case').click();
    await one
      .getByTestId('case-status')
      .getByText(/Casework in progress/)
      .waitFor();
    await answer(two, /Status/, 'Put on hold');
    await two.getByTestId('save-case').click();
    const conflict = two.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Stage.*Client contacted.*Casework in progress/);
    await expectNoAxeViolations(two);
    await two.getByTestId('reapply').click();
    await two
      .getByTestId('case-status')
      .getByText(/On hold/)
      .waitFor();
    expect(await two.getByTestId('case-status').textContent()).toMatch(/Casework in progress/);
  });

  it('closing a case someone else changed meanwhile: the conflict is shown and the closing re-applied', async () => {
    const [one, two] = await Promise.all([adviserPage('adviser'), adviserPage('adviser-2')]);
    await openCase(one, 'PATEL, Sunita');
    await openCase(two, 'PATEL, Sunita');
    await answer(two, /Level of help given/, 'Information and signposting');
    await two.locator('#close-sessions').fill('1');
    await one.selectOption('#case-stage', 'advice-given');
    await one.getByTestId('save-case').click();
    await one
      .getByTestId('case-status')
      .getByText(/Advice given/)
      .waitFor();
    await two.getByTestId('close-submit').click();
    await two.getByTestId('close-confirm').click();
    const conflict = two.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toMatch(/Stage.*Client contacted.*Advice given/);
    await two
      .getByTestId('conflict-by')
      .getByText(/Fatima Begum changed it at/)
      .waitFor();
    await expectNoAxeViolations(two);
    await two.getByTestId('reapply').click();
    await two
      .getByTestId('case-status')
      .getByText(/Closed/)
      .waitFor();
    expect(await two.getByTestId('messages').textContent()).toMatch(
      /Level of help: Information and signposting; 1 advice session\./,
    );
  });
});

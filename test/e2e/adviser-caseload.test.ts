import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from '../support/browser';
import { expectNoAxeViolations, browserPerFile } from '../support/browserPerFile';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { sandboxApi } from '../support/api';
import { referAgain } from '../support/referAgain';
import { sandboxPerFile } from '../support/sandboxPerFile';

const appUrl = inject('appUrl');
// This file's own sandbox: its data is its own (no other file's writes change what it sees).
let sandboxOrigin = '';
let running: RunningSandbox | undefined;
sandboxPerFile((sandbox) => {
  sandboxOrigin = sandbox.urls.origin;
  running = sandbox;
});

const { freshPage } = browserPerFile();

async function adviserPage(): Promise<Page> {
  const page = await freshPage();
  await launchApp(page, sandboxOrigin, appUrl, { user: 'adviser', profile: 'adviser' });
  await page.getByTestId('caseload-table').waitFor();
  return page;
}

const rows = (page: Page) => page.getByTestId('caseload-table').locator('tbody tr');

/**
 * axe finds nothing at 1280 px and at 320 px, and nothing is wider than the 320 px screen: the
 * whole page, or (on the case screen, whose other parts are another engineer's) the part under test.
 */
async function checkWidths(page: Page, testId?: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  const right = (): Promise<number> =>
    page.evaluate((id) => {
      const scope = id ? document.querySelector(`[data-testid="${id}"]`) : document.documentElement;
      const all = scope ? [scope, ...scope.querySelectorAll('*')] : [];
      return id ? Math.max(...all.map((e) => e.getBoundingClientRect().right)) : document.documentElement.scrollWidth;
    }, testId);
  await expect.poll(right).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('caseload: search, owner and filters through a real launch', () => {
  it('an adviser granted everything HJP Link asked for is told of no missing permission', async () => {
    const page = await adviserPage();
    // The notice is part of the shell, rendered with the caseload: it is there now or not at all.
    expect(await page.getByTestId('scope-notice').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Caseload');
  });

  it('search by NHS number → open the case by its link → assign to me → Back keeps the filters and the search', async () => {
    const page = await adviserPage();
    await page.selectOption('#filter-status', 'all');
    await page.getByTestId('apply-filters').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?status=all');
    await page.getByLabel('Search cases').fill('999 234 5675');
    await page.getByTestId('search-cases').click();
    await expect.poll(() => rows(page).count()).toBe(2);
    // The total is its own count search: it may land after the rows.
    await expect
      .poll(() => page.getByTestId('caseload-total').textContent())
      .toBe('2 cases match these filters: NHS number 999 234 5675.');
    // The NHS number is never in the address (it lives in the history entry's state).
    expect(page.url()).not.toMatch(/999|5675/);
    await checkWidths(page);

    const link = page.getByTestId('case-row-task-01').getByRole('link');
    expect(await link.getAttribute('href')).toBe('/cases/task-01'); // a real link: opens in a new tab too
    await link.click();
    await page.getByTestId('case-view').waitFor();
    expect(await page.getByTestId('case-owner-text').textContent()).toBe('Unassigned');
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByTestId('case-owner-text').getByText('Assigned to you').waitFor();
    await checkWidths(page, 'case-owner');

    // Browser Back: the same filters, the same search, the case now "Assigned to you".
    await page.goBack();
    await rows(page).filter({ hasText: 'Assigned to you' }).waitFor();
    expect(new URL(page.url()).search).toBe('?status=all');
    expect(await page.getByLabel('Search cases').inputValue()).toBe('999 234 5675');
    expect(await rows(page).count()).toBe(2);
    // Reload keeps them too.
    await page.reload();
    await rows(page).filter({ hasText: 'Assigned to you' }).waitFor();
    expect(await page.getByLabel('Search cases').inputValue()).toBe('999 234 5675');
    expect(await rows(page).count()).toBe(2);

    // "My cases" (a code in the URL) with the search still applied; then "Clear filters".
    await page.selectOption('#filter-owner', 'mine');
    await page.getByTestId('apply-filters').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?status=all&owner=mine');
    await expect.poll(() => rows(page).count()).toBe(1);
    await page.getByRole('link', { name: 'Clear filters' }).first().click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => rows(page).count()).toBe(7);
    expect(await page.getByLabel('Search cases').inputValue()).toBe('');
  });

  it('flags what needs the adviser, with the reason, and an empty filter result offers "Clear filters"', async () => {
    const page = await adviserPage();
    const kowalska = rows(page).filter({ hasText: 'KOWALSKA' });
    expect(await kowalska.getByTestId('flag-gp-replied').textContent()).toMatch(
      /Needs attention: GP replied 17 days ago/,
    );
    await page.selectOption('#filter-owner', 'mine');
    await page.selectOption('#filter-attention', 'urgent-waiting');
    await page.getByTestId('apply-filters').click();
    await page.getByTestId('caseload-empty').waitFor();
    expect(await page.getByTestId('caseload-empty').textContent()).toMatch(
      /No cases match these filters.*Clear filters/,
    );
    await checkWidths(page);
    await page.getByTestId('caseload-empty').getByRole('link', { name: 'Clear filters' }).click();
    await expect.poll(() => rows(page).count()).toBe(7);
  });

  it('a second open referral for the patient: the case says so and links them; axe-clean at 1280 and 320 px', async () => {
    // Case 05's patient (pat-005) referred again (set up with the test-only admin API).
    if (!running) {
      throw new Error('no sandbox');
    }
    const admin = await sandboxApi(running);
    await referAgain(admin, '05', '5eed0000-0000-4000-8000-0000000005bb');
    const page = await adviserPage();
    await page.getByTestId('case-row-task-05b').getByRole('link').click();
    const notice = page.getByTestId('duplicate-notice');
    await notice.waitFor();
    expect(await notice.getByRole('link').getAttribute('href')).toBe('/cases/task-05');
    await checkWidths(page, 'duplicate-notice');
    await notice.getByLabel(/^The other case/).check();
    await notice.getByRole('button', { name: 'Link as duplicates' }).click();
    await page.getByTestId('duplicate-linked').waitFor();
    await page
      .getByTestId('case-status')
      .getByText(/Not accepted/)
      .waitFor();
    expect(await page.getByText(/Duplicate of another open referral/).count()).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recentYears } from '../../src/app/lead/reportPeriod';
import type { Page } from 'playwright-core';
import { evaluate } from '../../src/evaluation/job/run';
import { financialYear } from '../../src/evaluation/periods';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';
import { pdfText } from '../support/pdfText';
import { expectShownAs, measureFigures, type MeasureFigures } from '../support/seedFigures';
import { CHANGE_ITEMS } from '../../src/domain/measureChange';
import { PARTNERSHIP } from '../../src/config/partnership';

/**
 * Issue 13, the funder report: the evaluation engine writes EXACT MeasureReports to this file's own
 * sandbox (--exact-reports, as on the partnership's own server), the lead launches through a real
 * SMART launch, opens the report, and Chromium prints it to PDF. The PDF's text (read back with
 * pdf.js) has every section, page numbers, and no count from 1 to 7: the browser applied the
 * small-number rule itself.
 */
const appUrl = inject('appUrl');
const { freshPage } = browserPerFile();
let env: EvaluationSandbox;
let seeded: MeasureFigures;
const period = financialYear(new Date().toISOString().slice(0, 10));
const SECTIONS = [
  'About the partnership',
  'Activity',
  'Outcomes',
  'Equity',
  'Before and after',
  'Case studies',
  'Methods and caveats',
];

beforeAll(async () => {
  env = await startEvaluationSandbox();
  await evaluate({ server: env.sandbox.urls.fhirBase, keyDir: env.keyDir, outDir: env.outDir, exactReports: true });
  seeded = await measureFigures(env.sandbox, await env.adminToken(), period.id, PARTNERSHIP.targets.closureDays);
});
afterAll(async () => {
  await env.close();
});

async function leadOpensReport(page: Page): Promise<void> {
  await launchApp(page, env.sandbox.urls.origin, appUrl, { user: 'lead', profile: 'lead' });
  await page.getByRole('link', { name: 'Funder report for this financial year' }).click();
  await page.getByTestId('funder-report').waitFor();
}

/** The adviser, on closed case 07: records the client's yes to a case study and writes it without identifying details. */
async function adviserWritesCaseStudy(page: Page): Promise<void> {
  await launchApp(page, env.sandbox.urls.origin, appUrl, { user: 'adviser', profile: 'adviser' });
  await page.goto(`${appUrl}/cases/task-07`);
  await page.getByTestId('case-study-panel').waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel('Yes, they agreed').check();
  await page.getByLabel('Verbally').check();
  await page.getByTestId('record-case-study-consent').click();
  await page.getByLabel('Title').fill('Back on his feet after treatment');
  await page
    .getByLabel('What happened and what changed')
    .fill('A man in his thirties (NHS number 999 812 3453) stopped work during cancer treatment.');
  await page.getByTestId('identifying-warning').waitFor();
  expect(await page.getByTestId('identifying-warning').textContent()).toContain('an NHS number (“999 812 3453”)');
  await page.getByTestId('save-case-study').click();
  // Not saved while an identifying detail is in the text.
  expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('an NHS number');
  await page
    .getByLabel('What happened and what changed')
    .fill(
      'A man in his thirties stopped work during cancer treatment and fell behind on bills.\n\nWith advice and casework he was awarded PIP and a debt was written off.',
    );
  expect(await page.getByTestId('identifying-warning').count()).toBe(0);
  await page.getByTestId('save-case-study').click();
  await page.getByTestId('case-study-saved').waitFor();
  await expectNoAxeViolations(page);
}

describe('the funder report', () => {
  it('prints to a text PDF with every section, the lead’s narrative, page numbers and no count from 1 to 7', async () => {
    await adviserWritesCaseStudy(await freshPage());
    const page = await freshPage();
    await leadOpensReport(page);
    // The lead writes the narrative (saved as the period's Composition), then saves a second version.
    await page.getByRole('link', { name: 'Write the narrative for this report' }).click();
    await page
      .getByLabel('Activity')
      .fill('Referrals rose <b>sharply</b> in the autumn.\n\nMost came from the practice.');
    await page.getByTestId('save-narrative').click();
    await page.getByTestId('narrative-saved').waitFor();
    await page.getByLabel('Outcomes').fill('Most gains were benefit awards.');
    await page.getByTestId('save-narrative').click();
    await page.getByTestId('narrative-saved').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Back to the funder report' }).click();
    await page.getByTestId('funder-report').waitFor();
    const activity = page.getByTestId('report-section-activity');
    // Typed markup stays text.
    expect(await activity.locator('.app-report-narrative').textContent()).toContain('Referrals rose <b>sharply</b>');
    expect(await activity.locator('b').count()).toBe(0);
    expect(await page.title()).toBe(
      `Funder report ${period.id.replace(/^FY/, '')} – Northbrook Health Justice Partnership – HJP Link`,
    );
    expect(new URL(page.url()).search).toBe(`?period=${period.id}`);

    await page.emulateMedia({ media: 'print' });
    // No app chrome in print: the header and the lead's controls are hidden.
    expect(await page.locator('.nhsuk-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const counts = await page.locator('[data-count]').evaluateAll((cells) => cells.map((c) => c.textContent));
    expect(counts.length).toBeGreaterThan(40);
    for (const shown of counts) {
      expect(
        shown === '*' || shown === '0' || (Number(shown.replaceAll(',', '')) % 5 === 0 && Number(shown) > 7),
        shown,
      ).toBe(true);
    }

    // Issue 13: time to closure, assistance and sessions, before and after (with how many had both), as the seed counts them.
    const cellsOf = (id: string): Promise<string[][]> =>
      page
        .getByTestId(id)
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent)));
    const closure = await cellsOf('report-closure');
    expectShownAs(closure[0]?.[1] ?? 'missing', seeded.closureDays.length, 'cases closed');
    expectShownAs(closure[1]?.[1] ?? 'missing', seeded.closedWithinTarget, 'closed within target');
    const change = await cellsOf('report-before-after');
    expect(change.map((r) => r[0])).toEqual(CHANGE_ITEMS.map((i) => i.label));
    CHANGE_ITEMS.forEach((item, i) => {
      const counts = seeded.change[item.group];
      const [, intake = '', closing = '', both = '', improved = ''] = change[i] ?? [];
      expectShownAs(intake, counts?.intake ?? -1, `${item.group} intake`);
      expectShownAs(closing, counts?.closing ?? -1, `${item.group} closing`);
      expectShownAs(both, counts?.both ?? -1, `${item.group} both`);
      expectShownAs(improved, counts?.improved ?? -1, `${item.group} improved`);
    });
    expect(await page.getByTestId('report-had-both').textContent()).toMatch(
      /^(\*|\d+) of the (\*|\d+) clients who answered the financial strain question at intake answered it again at closing/,
    );

    const pdf = await page.pdf({ preferCSSPageSize: true });
    const { pages } = await pdfText(pdf);
    console.info(`funder report PDF: ${String(pages.length)} A4 pages, ${String(pdf.length)} bytes`);
    const all = pages.flat();
    const text = all.join(' ');
    for (const title of SECTIONS) {
      expect(all, title).toContain(title);
    }
    expect(text).toContain('Northbrook Health Justice Partnership');
    expect(text).toContain('Referrals rose <b>sharply</b> in the autumn.');
    expect(text).toContain('Most gains were benefit awards.');
    // The adviser's case study, and nothing that leads to the case.
    expect(text).toContain('Back on his feet after treatment');
    expect(text).toContain('he was awarded PIP and a debt was written off.');
    expect(text).not.toMatch(/task-07|pat-007|Rhys|Evans|999 812 3453/);
    expect(text).toContain('Direct referral');
    expect(text).toMatch(/weekly amount × 52 weeks/);
    expect(text).toMatch(/Counts from 1 to 7 are shown as “\*”/);
    expect(text).toContain('Target time from referral to closure: 90 days.');
    expect(text).toMatch(/Cancelled, rejected and unable-to-contact referrals are not closures/);
    expect(text).toMatch(/Improved means a better answer at closing/);
    expect(text).toContain('Closed cases by level of assistance');
    expect(pages.length).toBeGreaterThanOrEqual(SECTIONS.length);
    // Page numbers in the page margin (CSS counters in @page margin boxes).
    expect(pages[0]?.join(' ')).toContain(`Page 1 of ${String(pages.length)}`);
    // No count from 1 to 7 anywhere in the document: no text item is a bare 1–7.
    expect(all.filter((item) => /^[1-7]$/.test(item))).toEqual([]);
    // The app chrome is not printed.
    expect(text).not.toContain('Skip to main content');
    expect(text).not.toContain('Print or save as PDF');
  });

  it('says plainly that a year the evaluation has not run for has no figures', async () => {
    const page = await freshPage();
    await leadOpensReport(page);
    const earliest = recentYears(new Date())[2] ?? period;
    await page.getByRole('link', { name: `Funder report ${earliest.id.replace(/^FY/, '')}` }).click();
    await expect
      .poll(() => page.getByTestId('figures-as-of').textContent())
      .toMatch(/^No figures yet: the evaluation has not run for this period\. “\*” means a count from 1 to \d+/);
  });

  it('is axe-clean at 1280 and 320 px, and so is About the partnership', async () => {
    const page = await freshPage();
    await leadOpensReport(page);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page);
      // No table of figures makes the page wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.getByRole('link', { name: 'About the partnership' }).click();
    await page.getByTestId('partnership-design').waitFor();
    expect(await page.locator('h1').textContent()).toContain('About the partnership');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByTestId('partnership-design').textContent()).toContain('Mixed health settings');
    const targets = await page.locator('.nhsuk-summary-list').last().textContent();
    expect(targets).toContain(
      `Time to first contact${String(PARTNERSHIP.targets.firstContactDays)} days from referral`,
    );
    expect(targets).toContain(`Time to closure${String(PARTNERSHIP.targets.closureDays)} days from referral`);
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoAxeViolations(page);
    }
  });
});

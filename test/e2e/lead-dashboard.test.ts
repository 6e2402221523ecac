import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { money } from '../../src/domain/dates';
import { FUNNEL_POPULATIONS } from '../../src/evaluation/measures';
import { evaluate } from '../../src/evaluation/job/run';
import { calendarMonth } from '../../src/evaluation/periods';
import { DEFAULT_SUPPRESSION, isPrimarySuppressed, roundCount } from '../../src/evaluation/suppression';
import { toPounds } from '../../src/outcomes/annualise';
import { launchApp } from '../support/browser';
import { browserPerFile, expectNoAxeViolations } from '../support/browserPerFile';
import { startEvaluationSandbox, type EvaluationSandbox } from '../support/evaluation';
import {
  expectShownAs,
  measureFigures,
  seedFigures,
  type MeasureFigures,
  type YearFigures,
} from '../support/seedFigures';
import { CHANGE_ITEMS } from '../../src/domain/measureChange';
import { PARTNERSHIP } from '../../src/config/partnership';

/**
 * Issue 13 done-when: the evaluation job runs against this file's own seeded sandbox (exact
 * reports, as `npm start` writes them), then the lead launches for real and reads the funnel and
 * gain figures on the dashboard; they must be the figures counted here from the seed's resources,
 * through the small-number rule (a count of 1–7 is "*", others rounded to 5).
 */
const appUrl = inject('appUrl');
let env: EvaluationSandbox;
const expected = new Map<string, YearFigures>();
const expectedMeasures = new Map<string, MeasureFigures>();
const YEARS = ['FY2025-26', 'FY2026-27'];

beforeAll(async () => {
  env = await startEvaluationSandbox();
  await evaluate({ server: env.sandbox.urls.fhirBase, keyDir: env.keyDir, outDir: env.outDir, exactReports: true });
  const token = await env.adminToken();
  for (const year of YEARS) {
    expected.set(year, await seedFigures(env.sandbox, token, year));
    expectedMeasures.set(year, await measureFigures(env.sandbox, token, year, PARTNERSHIP.targets.closureDays));
  }
});
afterAll(async () => {
  await env.close();
});

const { freshPage } = browserPerFile();

async function tableRows(page: Page, id: string): Promise<string[][]> {
  const toggle = page.getByTestId(`toggle-${id}`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
  return page
    .getByTestId(`table-${id}`)
    .locator('tr')
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent)));
}

async function leadDashboard(): Promise<{ page: Page; reportRequests: string[] }> {
  const page = await freshPage();
  const reportRequests: string[] = [];
  page.on('request', (r) => {
    if (/\/fhir\/MeasureReport/.test(r.url())) {
      reportRequests.push(r.url());
    }
  });
  await launchApp(page, env.sandbox.urls.origin, appUrl, { user: 'lead', profile: 'lead' });
  await page.getByTestId('period-picker').waitFor();
  return { page, reportRequests };
}

async function choose(page: Page, yearStart: string, within: string): Promise<void> {
  await page.getByTestId('period-year').selectOption({ label: `${yearStart} to ${String(Number(yearStart) + 1)}` });
  await page.getByTestId('period-within').selectOption(within);
  await page.getByTestId('period-apply').click();
  await page.waitForURL((url) => url.searchParams.get('period') === within);
  await page.getByTestId('dashboard').waitFor();
}

describe('the lead’s dashboard on the seed, after the evaluation ran', () => {
  it('shows each year’s funnel as the seed’s resources count it, through the rule, from one request', async () => {
    const { page, reportRequests } = await leadDashboard();
    for (const year of YEARS) {
      const before = reportRequests.length;
      await choose(page, year.slice(2, 6), year);
      expect(page.url()).toMatch(new RegExp(`/dashboard\\?period=${year}$`));
      const figures = expected.get(year)!;
      const rows = await tableRows(page, 'funnel');
      const shown = new Map(rows.slice(1).map(([label, value]) => [label, value ?? '']));
      for (const [population, exact] of Object.entries(figures.funnel)) {
        const label = FUNNEL_POPULATIONS[population as keyof typeof FUNNEL_POPULATIONS];
        expectShownAs(shown.get(label) ?? 'missing', exact, `${year} ${population}`);
      }
      expectShownAs(
        (await page.getByTestId('headline-referrals-sent').textContent()) ?? '',
        figures.funnel['referrals-sent'] ?? -1,
        `${year} headline referrals`,
      );
      // No count of 1–7 anywhere on the page.
      const text = (await page.getByTestId('dashboard').textContent()) ?? '';
      expect(text).toMatch(/Figures as of/);
      expect([...shown.values()].filter((v) => /^[1-7]$/.test(v))).toEqual([]);
      if (year === 'FY2026-27') {
        // Not all hidden: the year's screenings (10 or more) are shown, rounded.
        expect(shown.get(FUNNEL_POPULATIONS['screenings-completed'])).toMatch(/^[1-9]\d*0$|^[1-9]\d*5$/);
      }
      expect(reportRequests.length - before).toBe(1);
    }
    // The seed's own description, across both years: 11 referrals, 14 issues.
    expect(YEARS.map((y) => expected.get(y)!.funnel['referrals-sent']).reduce((a, b) => (a ?? 0) + (b ?? 0))).toBe(11);
  });

  it('shows the gain a year’s closed cases made, or "*" when the clients are too few to show', async () => {
    const { page } = await leadDashboard();
    await choose(page, '2025', 'FY2025-26');
    const figures = expected.get('FY2025-26')!;
    // The engine's integration test: recurring £5,644.60 + arrears £1,411.15 + debt written off £1,860.
    expect(toPounds(figures.gainPence)).toBeCloseTo(5644.6 + 1411.15 + 1860, 2);
    const headline = await page.getByTestId('headline-total-gain').textContent();
    const rows = await tableRows(page, 'financial-gain');
    const total = rows.find((r) => r[0] === 'Total');
    if (isPrimarySuppressed(figures.clientsWithGain, DEFAULT_SUPPRESSION)) {
      expect([headline, total?.[1], total?.[2]]).toEqual(['*', '*', '*']);
    } else {
      expect([headline, total?.[1]]).toEqual([money(toPounds(figures.gainPence)), money(toPounds(figures.gainPence))]);
    }
    expect(await page.getByTestId('value-per-pound').textContent()).toMatch(/Funding not configured/);
  });

  it('shows time to closure, assistance and sessions, and before and after as the seed counts them, no count 1–7', async () => {
    const { page } = await leadDashboard();
    for (const year of YEARS) {
      await choose(page, year.slice(2, 6), year);
      const figures = expectedMeasures.get(year)!;
      const closure = (await page.getByTestId('summary-time-to-closure').textContent()) ?? '';
      const closed = /Cases closed: ([^;]+);/.exec(closure)?.[1] ?? 'missing';
      expectShownAs(closed, figures.closureDays.length, `${year} cases closed`);
      expect(closure).toMatch(/cancelled, rejected and unable-to-contact referrals are not closures/);
      const levels = new Map((await tableRows(page, 'assistance-level')).slice(1).map(([l, v]) => [l, v ?? '']));
      expectShownAs(
        levels.get('Advice with casework') ?? 'missing',
        figures.byLevel['advice-with-casework'] ?? 0,
        year,
      );
      const sessions = new Map((await tableRows(page, 'advice-sessions')).slice(1).map(([l, v]) => [l, v ?? '']));
      expectShownAs(
        sessions.get('4 to 6 sessions') ?? 'missing',
        figures.sessions.filter((n) => n >= 4 && n <= 6).length,
        year,
      );
      const pairs = await tableRows(page, 'before-after-pairs');
      const change = await tableRows(page, 'before-after-change');
      for (const item of CHANGE_ITEMS) {
        const counts = figures.change[item.group];
        const pair = pairs.find((r) => r[0] === item.label) ?? [];
        const moved = change.find((r) => r[0] === item.label) ?? [];
        expectShownAs(pair[1] ?? 'missing', counts?.both ?? -1, `${year} ${item.group} both`);
        expectShownAs(pair[2] ?? 'missing', counts?.intake ?? -1, `${year} ${item.group} intake`);
        expectShownAs(moved[1] ?? 'missing', counts?.improved ?? -1, `${year} ${item.group} improved`);
      }
      const cells = [...levels.values(), ...sessions.values(), ...pairs.flat(), ...change.flat()];
      expect(cells.filter((v) => /^[1-7]$/.test(v))).toEqual([]);
      expect(await page.getByTestId('title-time-to-closure').textContent()).not.toMatch(/\b[1-7] /);
    }
    // The seed: case 07 closed in FY2025-26 with both answers on every question; 3 intakes in FY2026-27.
    expect(expectedMeasures.get('FY2025-26')!.change['financial-strain']?.both).toBe(1);
    expect(expectedMeasures.get('FY2026-27')!.change['financial-strain']?.intake).toBe(3);
  });

  it('has a table and a CSV of exactly that table for every chart', async () => {
    const { page } = await leadDashboard();
    await choose(page, '2026', 'FY2026-27');
    const ids = await page.getByTestId(/^figure-/).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids.map((i) => (i ?? '').replace(/^figure-/, ''))) {
      const rows = await tableRows(page, id);
      const href = (await page.getByTestId(`csv-${id}`).getAttribute('href')) ?? '';
      const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
      expect(csv.split('\r\n').filter(Boolean).length, id).toBe(rows.length);
      expect(csv.split('\r\n')[0], id).toBe(rows[0]?.join(','));
    }
  });

  it('opens the same dashboard from a standalone launch (no EHR context: the lead signs in at the record)', async () => {
    const page = await freshPage();
    const iss = encodeURIComponent(env.sandbox.urls.fhirBase);
    await page.goto(`${appUrl}/launch.html?profile=lead&iss=${iss}`);
    await page.locator('#hjp_user').selectOption('lead');
    await page.getByRole('button', { name: 'Allow and continue' }).click();
    await page.getByTestId('period-picker').waitFor();
    await choose(page, '2026', 'FY2026-27');
    expectShownAs(
      (await page.getByTestId('headline-referrals-sent').textContent()) ?? '',
      expected.get('FY2026-27')!.funnel['referrals-sent'] ?? -1,
      'standalone headline referrals',
    );
  });

  it('passes axe with no violations at 1280 px and at 320 px, charts and tables shown', async () => {
    const { page } = await leadDashboard();
    await choose(page, '2026', 'FY2026-27');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
    await page.getByTestId('toggle-by-area').click();
    await page.getByTestId('table-by-area').waitFor();
    await page.getByTestId('toggle-before-after-change').click();
    await page.getByTestId('table-before-after-change').waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('adds up a custom range of months chosen by keyboard: the seed’s count over its months, through the rule', async () => {
    // The last four months (the seed's referrals are 1 to 60 days old, and one 400).
    const month = (back: number): ReturnType<typeof calendarMonth> => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - back);
      return calendarMonth(d.toISOString());
    };
    const months = [3, 2, 1, 0].map(month);
    const token = await env.adminToken();
    const perMonth = await Promise.all(months.map((m) => seedFigures(env.sandbox, token, m)));
    const overRange = await seedFigures(env.sandbox, token, { start: months[0]!.start, end: months[3]!.end });
    const sum = perMonth.reduce((n, f) => n + (f.funnel['referrals-sent'] ?? 0), 0);
    expect(sum).toBe(overRange.funnel['referrals-sent']);
    expect(sum).toBe(10);

    const { page, reportRequests } = await leadDashboard();
    const before = reportRequests.length;
    const from = page.getByLabel('From (first month)');
    await from.focus();
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowUp');
    }
    expect(await from.inputValue()).toBe(months[0]!.id);
    await page.getByLabel('To (last month)').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.searchParams.get('from') === months[0]!.id && url.searchParams.get('to') === months[3]!.id,
    );
    await page.getByTestId('dashboard').waitFor();
    expect(reportRequests.length - before).toBe(1);
    expect(await page.title()).toMatch(/^Partnership dashboard – \w+ \d{4} to \w+ \d{4} – HJP Link$/);
    // The sum of the months' exact counts, through the rule as one table.
    expect(await page.getByTestId('headline-referrals-sent').textContent()).toBe(
      roundCount(sum, DEFAULT_SUPPRESSION).toLocaleString('en-GB'),
    );
    const shown = new Map((await tableRows(page, 'funnel')).slice(1).map(([label, value]) => [label, value ?? '']));
    for (const [population, exact] of Object.entries(overRange.funnel)) {
      if (population === 'people-referred') {
        expect(shown.get(FUNNEL_POPULATIONS['people-referred'])).toBe('Not reported');
        continue;
      }
      const label = FUNNEL_POPULATIONS[population as keyof typeof FUNNEL_POPULATIONS];
      expectShownAs(shown.get(label) ?? 'missing', exact, `range ${population}`);
    }
    const overTime = await tableRows(page, 'over-time');
    expect(overTime.slice(1).map((r) => r[0])).toHaveLength(4);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

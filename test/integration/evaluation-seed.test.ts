import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Appointment, ServiceRequest, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPence } from '../../src/outcomes/annualise';
import { SUPPRESSED } from '../../src/evaluation/suppression';
import { CHANGE_ITEMS } from '../../src/domain/measureChange';
import { MEASURE_IDS, SESSION_BANDS } from '../../src/evaluation/measures';
import { evaluate, type EvaluateResult } from '../../src/evaluation/job/run';
import {
  fhirJson,
  groupScore,
  measureReports,
  populationCount,
  reportFor,
  searchAll,
  startEvaluationSandbox,
  type EvaluationSandbox,
} from '../support/evaluation';
import { closedCaseGainPence, contacted, fy, measureFigures, seedFigures } from '../support/seedFigures';

/**
 * Issue 12 on the seed: `evaluate` against a test sandbox writes MeasureReports whose figures match
 * counts computed here, independently, from the seed's resources read over the FHIR API.
 */
let env: EvaluationSandbox;
let token: string;
let first: EvaluateResult;
const dayNumber = (iso: string | undefined): number => Date.parse(`${(iso ?? '').slice(0, 10)}T00:00:00Z`) / 86_400_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

beforeAll(async () => {
  env = await startEvaluationSandbox();
  token = await env.adminToken();
  first = await evaluate({
    server: env.sandbox.urls.fhirBase,
    keyDir: env.keyDir,
    outDir: env.outDir,
    exactReports: true,
  });
});

afterAll(async () => {
  await env.close();
});

describe('npm run evaluate on the seed', () => {
  it('exports what the views read, by Bulk Data, and writes one report per measure and financial year', async () => {
    // 11 screenings, plus case 04's two intake measures and issue 13's eight; case 04's two appointments.
    expect(first.exported).toMatchObject({
      ServiceRequest: 11,
      Patient: 8,
      Consent: 11,
      QuestionnaireResponse: 21,
      Appointment: 2,
    });
    const reports = await measureReports(env.sandbox, token);
    expect(reports).toHaveLength(first.reports.length);
    expect(reports.every((r) => r.type === 'summary' && r.status === 'complete' && r.date === reports[0]?.date)).toBe(
      true,
    );
    const yearly = first.reports.map((r) => r.identifier).filter((id) => /\/FY\d{4}-\d{2}$/.test(id));
    expect(new Set(yearly)).toEqual(new Set(MEASURE_IDS.flatMap((m) => [`${m}/FY2025-26`, `${m}/FY2026-27`])));
  });

  it('writes quarter and month reports too, whose referrals add up to the year’s', async () => {
    const reports = await measureReports(env.sandbox, token);
    const ids = first.reports.map((r) => r.identifier);
    expect(ids.filter((id) => /^funnel\/FY2026-27-Q[1-4]$/.test(id)).length).toBeGreaterThan(0);
    expect(ids.filter((id) => /^funnel\/\d{4}-\d{2}$/.test(id)).length).toBeGreaterThan(1);
    const sum = (pattern: RegExp): number =>
      ids
        .filter((id) => pattern.test(id))
        .reduce((n, id) => n + (populationCount(reportFor(reports, id), 'funnel', 'referrals-sent') ?? 0), 0);
    const year = populationCount(reportFor(reports, 'funnel/FY2026-27'), 'funnel', 'referrals-sent');
    expect(sum(/^funnel\/FY2026-27-Q[1-4]$/)).toBe(year);
    expect(sum(/^funnel\/(2026-(0[4-9]|1[0-2])|2027-0[1-3])$/)).toBe(year);
  });

  it('counts the funnel as the seed’s resources do', async () => {
    const reports = await measureReports(env.sandbox, token);
    for (const period of ['FY2025-26', 'FY2026-27']) {
      const expected = (await seedFigures(env.sandbox, token, period)).funnel;
      const report = reportFor(reports, `funnel/${period}`);
      const actual = Object.fromEntries(Object.keys(expected).map((p) => [p, populationCount(report, 'funnel', p)]));
      expect(actual).toEqual(expected);
    }
    // The seed's own description: 11 referrals, 14 issues, 8 people.
    const total = (p: string): number =>
      ['FY2025-26', 'FY2026-27'].reduce(
        (n, period) => n + (populationCount(reportFor(reports, `funnel/${period}`), 'funnel', p) ?? 0),
        0,
      );
    expect([total('referrals-sent'), total('issues-referred')]).toEqual([11, 14]);
  });

  it('counts referrals by area of law as the referrals’ reason codes do', async () => {
    const referrals = await searchAll<ServiceRequest>(env.sandbox, token, 'ServiceRequest');
    const report = reportFor(await measureReports(env.sandbox, token), 'funnel/FY2026-27');
    const areas = referrals
      .filter((r) => fy(r.authoredOn) === 'FY2026-27')
      .flatMap((r) => r.reasonCode?.map((c) => c.coding?.[0]?.code ?? '') ?? []);
    const byArea = new Map<string, number>();
    areas.forEach((a) => byArea.set(a, (byArea.get(a) ?? 0) + 1));
    expect(byArea.size).toBeGreaterThan(4);
    for (const [area, count] of byArea) {
      expect(populationCount(report, 'funnel', 'referrals-sent', ['area-of-law', area])).toBe(count);
    }
    const inYear = referrals.filter((r) => fy(r.authoredOn) === 'FY2026-27');
    const urgent = inYear.filter((r) => r.priority === 'urgent').length;
    expect(urgent).toBeGreaterThan(0);
    expect(populationCount(report, 'funnel', 'referrals-sent', ['urgency', 'urgent'])).toBe(urgent);
    expect(populationCount(report, 'funnel', 'referrals-sent', ['urgency', 'routine'])).toBe(inYear.length - urgent);
  });

  it('gives the median days to first contact: the first appointment, else the Task’s contact', async () => {
    const [allTasks, appointments] = await Promise.all([
      searchAll<Task>(env.sandbox, token, 'Task'),
      searchAll<Appointment>(env.sandbox, token, 'Appointment'),
    ]);
    const firstAppointment = (task: Task): string | undefined =>
      appointments
        .filter(
          (a) =>
            a.basedOn?.some((b) => b.reference === task.focus?.reference) &&
            ['booked', 'arrived', 'checked-in', 'fulfilled'].includes(a.status),
        )
        .map((a) => a.start ?? '')
        .sort()[0];
    const tasks = allTasks.filter(
      (t) =>
        t.code?.coding?.some((c) => c.code === 'fulfill') &&
        (firstAppointment(t) !== undefined || contacted(t)) &&
        fy(t.authoredOn) === 'FY2026-27',
    );
    expect(tasks.filter((t) => firstAppointment(t) !== undefined).map((t) => t.id)).toEqual(['task-04']);
    const days = tasks.map((t) => dayNumber(firstAppointment(t) ?? t.lastModified) - dayNumber(t.authoredOn));
    const report = reportFor(await measureReports(env.sandbox, token), 'time-to-first-contact/FY2026-27');
    expect(populationCount(report, 'days-to-first-contact', 'measure-population')).toBe(days.length);
    expect(groupScore(report, 'days-to-first-contact')).toBe(median(days));
  });

  it('totals the annualised financial gain by the one rule (weekly × 52; arrears and debt apart)', async () => {
    const tasks = await searchAll<Task>(env.sandbox, token, 'Task');
    const reports = await measureReports(env.sandbox, token);
    const total = ['FY2025-26', 'FY2026-27'].reduce(
      (sum, period) => sum + (groupScore(reportFor(reports, `financial-gain/${period}`), 'total') ?? 0),
      0,
    );
    const closedTasks = tasks.filter((t) => t.status === 'completed');
    expect(toPence(total)).toBe(closedTasks.reduce((sum, t) => sum + (closedCaseGainPence(t) ?? 0), 0));
    const closed = reportFor(reports, 'financial-gain/FY2025-26');
    expect(groupScore(closed, 'recurring')).toBe(5644.6);
    expect(groupScore(closed, 'arrears')).toBe(1411.15);
    expect(groupScore(closed, 'debt-written-off')).toBe(1860);
  });

  it('gives time to closure, level of assistance and sessions, and before-and-after pairs as the seed records them', async () => {
    const reports = await measureReports(env.sandbox, token);
    const band = (n: number): keyof typeof SESSION_BANDS => {
      if (n <= 0) {
        return 'sessions-0';
      }
      if (n === 1) {
        return 'sessions-1';
      }
      if (n <= 3) {
        return 'sessions-2-3';
      }
      return n <= 6 ? 'sessions-4-6' : 'sessions-7-plus';
    };
    let closedCases = 0;
    let pairs = 0;
    for (const period of ['FY2025-26', 'FY2026-27']) {
      const expected = await measureFigures(env.sandbox, token, period, 90);
      closedCases += expected.closureDays.length;
      const closure = reportFor(reports, `time-to-closure/${period}`);
      expect(populationCount(closure, 'days-to-closure', 'measure-population')).toBe(expected.closureDays.length);
      expect(populationCount(closure, 'days-to-closure', 'within-target')).toBe(expected.closedWithinTarget);
      expect(groupScore(closure, 'days-to-closure')).toBe(
        expected.closureDays.length > 0 ? median(expected.closureDays) : undefined,
      );

      const activity = reportFor(reports, `assistance-sessions/${period}`);
      expect(populationCount(activity, 'assistance-level', 'closed')).toBe(expected.closureDays.length);
      for (const [level, n] of Object.entries(expected.byLevel)) {
        expect(populationCount(activity, 'assistance-level', level)).toBe(n);
      }
      for (const code of Object.keys(SESSION_BANDS)) {
        expect(populationCount(activity, 'sessions', code)).toBe(
          expected.sessions.filter((n) => band(n) === code).length,
        );
      }
      expect(groupScore(activity, 'sessions-total')).toBe(
        expected.sessions.length > 0 ? expected.sessions.reduce((a, b) => a + b, 0) : undefined,
      );
      expect(groupScore(activity, 'sessions')).toBe(
        expected.sessions.length > 0 ? median(expected.sessions) : undefined,
      );

      const change = reportFor(reports, `before-after/${period}`);
      for (const item of CHANGE_ITEMS) {
        const counts = expected.change[item.group];
        for (const [population, n] of Object.entries(counts ?? {})) {
          expect([item.group, population, populationCount(change, item.group, population)]).toEqual([
            item.group,
            population,
            n,
          ]);
        }
        pairs += counts?.both ?? 0;
      }
    }
    // The seed: one closed case (07: 2 days, advice with casework, 4 sessions) with both answers on all five questions.
    expect([closedCases, pairs]).toEqual([1, 5]);
    const closed = reportFor(reports, 'assistance-sessions/FY2025-26');
    expect(populationCount(closed, 'assistance-level', 'advice-with-casework')).toBe(1);
    expect(populationCount(reportFor(reports, 'before-after/FY2026-27'), 'financial-strain', 'intake')).toBe(3);
  });

  it('reports data completeness: every seed postcode has a (synthetic) decile, no ethnic category is recorded', async () => {
    const referrals = await searchAll<ServiceRequest>(env.sandbox, token, 'ServiceRequest');
    const report = reportFor(await measureReports(env.sandbox, token), 'data-completeness/FY2026-27');
    const inYear = referrals.filter((r) => fy(r.authoredOn) === 'FY2026-27').length;
    expect(populationCount(report, 'completeness', 'measure-population')).toBe(inYear);
    expect(populationCount(report, 'completeness', 'with-deprivation-decile')).toBe(inYear);
    expect(populationCount(report, 'completeness', 'with-ethnic-category')).toBe(0);
  });

  it('re-runs with --since: exports only what changed and updates the same MeasureReports', async () => {
    const task = await fhirJson<Task>(env.sandbox, token, 'Task/task-03');
    await fhirJson(env.sandbox, token, 'Task/task-03', {
      method: 'PUT',
      headers: { 'If-Match': `W/"${task.meta?.versionId ?? ''}"` },
      body: JSON.stringify({
        ...task,
        status: 'in-progress',
        businessStatus: { coding: [{ ...task.businessStatus?.coding?.[0], code: 'contacted', display: 'Contacted' }] },
      }),
    });
    const before = await measureReports(env.sandbox, token);
    const again = await evaluate({
      server: env.sandbox.urls.fhirBase,
      keyDir: env.keyDir,
      outDir: env.outDir,
      exactReports: true,
      since: 'last',
    });
    expect(again.since).toBe(first.transactionTime);
    expect(again.exported).toEqual({ Task: 1 });
    const after = await measureReports(env.sandbox, token);
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    for (const report of after) {
      expect([report.identifier?.[0]?.value, report.meta?.versionId]).toEqual([report.identifier?.[0]?.value, '2']);
    }
    const funnelBefore = reportFor(before, 'funnel/FY2026-27');
    const funnelAfter = reportFor(after, 'funnel/FY2026-27');
    expect(populationCount(funnelAfter, 'funnel', 'first-contact')).toBe(
      (populationCount(funnelBefore, 'funnel', 'first-contact') ?? 0) + 1,
    );
  });

  it('lets no count from 1 to 7 leave: MeasureReports, the aggregate CSV (a partnership this small)', async () => {
    const run = await evaluate({ server: env.sandbox.urls.fhirBase, keyDir: env.keyDir, outDir: env.outDir });
    const reports = await measureReports(env.sandbox, token);
    expect(reports).toHaveLength(run.reports.length);
    const counts = JSON.stringify(reports).match(/"count":\d+/g) ?? [];
    expect(counts.length).toBeGreaterThan(20);
    expect(counts.filter((c) => /"count":[1-7]$/.test(c))).toEqual([]);
    expect(JSON.stringify(reports)).toContain('"valueCode":"masked"');
    expect(reports.every((r) => r.meta?.tag?.some((t) => t.code === 'hide-1-to-7-round-5'))).toBe(true);

    const csv = readFileSync(join(env.outDir, 'aggregates', 'measures.csv'), 'utf8')
      .trim()
      .split('\n');
    const header = csv[0]?.split(',') ?? [];
    const countColumn = header.indexOf('count');
    const values = csv.slice(1).map((line) => line.split(',')[countColumn] ?? '');
    expect(values).toContain(SUPPRESSED);
    expect(values.filter((v) => /^[1-7]$/.test(v))).toEqual([]);
    expect(values.filter((v) => v !== SUPPRESSED).every((v) => Number(v) % 5 === 0)).toBe(true);
  });

  it('writes a consent-filtered, pseudonymised research extract with a data dictionary', () => {
    const dir = join(env.outDir, 'research', 'default');
    const csv = readFileSync(join(dir, 'extract.csv'), 'utf8');
    const rows = csv.trim().split('\n').slice(1);
    // 11 referrals less the withdrawn consent (case 06) and the expired one (case 07).
    expect(rows).toHaveLength(9);
    expect(csv).not.toMatch(/pat-0|ref-0|LS\d|999\d{7}|\d{4}-\d{2}-\d{2}/);
    expect(csv.split('\n')[0]).toContain(
      'person_pseudonym,referral_pseudonym,referral_month,age_band,deprivation_decile',
    );
    expect(readFileSync(join(dir, 'extract.parquet')).subarray(0, 4).toString()).toBe('PAR1');
    expect(readFileSync(join(dir, 'data-dictionary.md'), 'utf8')).toContain('| deprivation_decile |');
  });
});

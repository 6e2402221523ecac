import type { MeasureReport } from '@medplum/fhirtypes';
import { MEASURE_GROUPS, type MeasureId } from '../../src/evaluation/measures';
import { buildMeasureReport, type MeasureRow } from '../../src/evaluation/measure-report';
import { periodById } from '../../src/evaluation/periods';
import { DEFAULT_SUPPRESSION, NO_SUPPRESSION } from '../../src/evaluation/suppression';

/**
 * Exact MeasureReports made up for screen tests (as `--exact-reports` writes them), built by the
 * engine's own builder from rows: a partnership big enough that most figures can be shown.
 */
export const COMPUTED_AT = '2026-11-30T09:15:00.000Z';

type Counts = Readonly<Record<string, number>>;

function rows(
  measure: MeasureId,
  periodId: string,
  groups: Readonly<
    Record<
      string,
      { counts: Counts; score?: number; strata?: Readonly<Record<string, Readonly<Record<string, Counts>>>> }
    >
  >,
): MeasureRow[] {
  const start = periodById(periodId)?.start ?? '';
  const out: MeasureRow[] = [];
  for (const [group, g] of Object.entries(groups)) {
    const populations = MEASURE_GROUPS[measure][group] ?? [];
    const row = (
      population: string,
      count: number,
      stratifier: string | null,
      stratum: string | null,
      score: number | null,
    ): MeasureRow => ({
      group_code: group,
      period_start: start,
      stratifier,
      stratum,
      population,
      count,
      score,
    });
    populations.forEach((p, i) => out.push(row(p, g.counts[p] ?? 0, null, null, i === 0 ? (g.score ?? null) : null)));
    for (const [stratifier, strata] of Object.entries(g.strata ?? {})) {
      for (const [stratum, counts] of Object.entries(strata)) {
        populations.forEach((p) => out.push(row(p, counts[p] ?? 0, stratifier, stratum, null)));
      }
    }
  }
  return out;
}

export function exactReport(measure: MeasureId, periodId: string, groups: Parameters<typeof rows>[2]): MeasureReport {
  const period = periodById(periodId);
  if (!period) {
    throw new Error(`not a period: ${periodId}`);
  }
  return buildMeasureReport(
    { measure, period, computedAt: COMPUTED_AT, rule: NO_SUPPRESSION },
    rows(measure, periodId, groups),
  );
}

/** A year of a bigger partnership: FY2026-27, its quarters' funnels, every measure. */
export function partnershipYear(): MeasureReport[] {
  const funnel = {
    'screenings-completed': 412,
    'screenings-with-need': 300,
    'consent-asked': 260,
    'consent-given': 240,
    'consent-refused': 17,
    'consent-withdrawn': 3,
    'people-referred': 221,
    'referrals-sent': 236,
    'issues-referred': 301,
    accepted: 201,
    rejected: 12,
    cancelled: 9,
    'awaiting-acceptance': 14,
    'first-contact': 180,
    'advice-session': 151,
    'closed-with-outcome': 88,
    'unable-to-contact': 11,
  };
  const referralStrata = {
    'area-of-law': {
      benefits: { 'referrals-sent': 150 },
      debt: { 'referrals-sent': 71 },
      housing: { 'referrals-sent': 54 },
      immigration: { 'referrals-sent': 4 },
    },
    'referral-source': { gp: { 'referrals-sent': 180 }, 'ward-nurse': { 'referrals-sent': 56 } },
    setting: { 'general-practice': { 'referrals-sent': 180 }, 'hospital-ward': { 'referrals-sent': 56 } },
    'deprivation-decile': {
      '1': { 'referrals-sent': 96 },
      '2': { 'referrals-sent': 70 },
      '5': { 'referrals-sent': 40 },
      '10': { 'referrals-sent': 30 },
    },
    sex: { female: { 'referrals-sent': 130 }, male: { 'referrals-sent': 106 } },
  };
  const quarter = (q: number, sent: number): MeasureReport =>
    exactReport('funnel', `FY2026-27-Q${String(q)}`, {
      funnel: { counts: { 'referrals-sent': sent, accepted: sent, 'people-referred': sent, 'issues-referred': sent } },
    });
  return [
    exactReport('funnel', 'FY2026-27', { funnel: { counts: funnel, strata: referralStrata } }),
    exactReport('time-to-first-contact', 'FY2026-27', {
      'days-to-first-contact': { counts: { 'measure-population': 180, 'within-target': 135 }, score: 4 },
      'days-to-first-contact-p90': { counts: { 'measure-population': 180 }, score: 12 },
    }),
    exactReport('financial-gain', 'FY2026-27', {
      recurring: { counts: { 'clients-with-gain': 60 }, score: 312000 },
      arrears: { counts: { 'clients-with-gain': 25 }, score: 41000.5 },
      'one-off': { counts: { 'clients-with-gain': 5 }, score: 2500 },
      'debt-written-off': { counts: { 'clients-with-gain': 12 }, score: 18000 },
      'debt-managed': { counts: { 'clients-with-gain': 0 } },
      total: { counts: { 'clients-with-gain': 70 }, score: 373500.5 },
    }),
    exactReport('health-service-use', 'FY2026-27', {
      'gp-consultations': { counts: { before: 640, after: 520 } },
      admissions: { counts: { before: 41, after: 30 } },
      referrals: { counts: { 'measure-population': 236 } },
    }),
    exactReport('data-completeness', 'FY2026-27', {
      completeness: {
        counts: {
          'measure-population': 236,
          'with-deprivation-decile': 236,
          'with-ethnic-category': 120,
          closed: 100,
          'closed-with-outcome': 88,
        },
      },
    }),
    exactReport('time-to-closure', 'FY2026-27', {
      'days-to-closure': { counts: { 'measure-population': 100, 'within-target': 81 }, score: 47.5 },
      'days-to-closure-p90': { counts: { 'measure-population': 100 }, score: 120 },
    }),
    exactReport('assistance-sessions', 'FY2026-27', {
      'assistance-level': {
        counts: {
          closed: 100,
          'information-signposting': 12,
          advice: 31,
          'advice-with-casework': 52,
          'specialist-representation': 3,
          'not-recorded': 2,
        },
      },
      sessions: {
        counts: {
          closed: 100,
          'sessions-0': 4,
          'sessions-1': 21,
          'sessions-2-3': 40,
          'sessions-4-6': 26,
          'sessions-7-plus': 9,
        },
        score: 3,
      },
      'sessions-total': { counts: { closed: 100 }, score: 361 },
    }),
    exactReport('before-after', 'FY2026-27', {
      'financial-strain': { counts: { intake: 150, closing: 75, both: 64, improved: 41, same: 18, worse: 5 } },
      'life-satisfaction': { counts: { intake: 148, closing: 75, both: 63, improved: 38, same: 15, worse: 10 } },
      worthwhile: { counts: { intake: 148, closing: 75, both: 63, improved: 30, same: 23, worse: 10 } },
      'happy-yesterday': { counts: { intake: 148, closing: 75, both: 63, improved: 33, same: 20, worse: 10 } },
      'anxious-yesterday': { counts: { intake: 148, closing: 75, both: 63, improved: 36, same: 17, worse: 10 } },
    }),
    quarter(1, 50),
    quarter(2, 61),
    quarter(3, 125),
  ];
}

/**
 * Months of the same partnership's first quarter (exact, as `--exact-reports` writes them): April
 * 3 referrals, May 6, June 41 (50 in all, as the quarter's funnel says), each with its time to
 * first contact; April's and May's gains; and October 2025 stored already suppressed (a month a
 * range cannot add up).
 */
export function partnershipMonths(): MeasureReport[] {
  const month = (id: string, sent: number, contacted: number, within: number, median: number): MeasureReport[] => [
    exactReport('funnel', id, {
      funnel: {
        counts: { 'referrals-sent': sent, accepted: sent, 'people-referred': sent, 'issues-referred': sent },
        strata: { urgency: { routine: { 'referrals-sent': sent, accepted: sent } } },
      },
    }),
    exactReport('time-to-first-contact', id, {
      'days-to-first-contact': { counts: { 'measure-population': contacted, 'within-target': within }, score: median },
    }),
  ];
  const suppressed = buildMeasureReport(
    { measure: 'funnel', period: periodById('2025-10')!, computedAt: COMPUTED_AT, rule: DEFAULT_SUPPRESSION },
    rows('funnel', '2025-10', { funnel: { counts: { 'referrals-sent': 20, accepted: 20 } } }),
  );
  // Gains: 9 clients in April (enough to show), 3 in May.
  const gains = (id: string, clients: number, pounds: number): MeasureReport =>
    exactReport('financial-gain', id, {
      total: { counts: { 'clients-with-gain': clients }, score: pounds },
      recurring: { counts: { 'clients-with-gain': clients }, score: pounds },
    });
  return [
    ...month('2026-04', 3, 2, 2, 3),
    ...month('2026-05', 6, 5, 4, 5),
    ...month('2026-06', 41, 30, 22, 4),
    gains('2026-04', 9, 10400.5),
    gains('2026-05', 3, 2100),
    suppressed,
  ];
}

import { WELFARE_LAW_AREA } from '../../../fhir-profiles/src/terminology';
import { GAIN_KINDS, GAIN_KIND_LABEL } from '../../domain/financial-gain';
import type { MeasureReport } from '@medplum/fhirtypes';
import { FUNNEL_POPULATIONS, MEASURE_IDS, type FunnelPopulation, type MeasureId, type Stratifier } from '../measures';
import { SUPPRESSED, type Shown, type SuppressionRule } from '../suppression';
import { closureAndAssistanceFigures, type ClosureAndAssistanceFigures } from './closureAndAssistance';
import type { StoredCount, StoredGroup, StoredReport } from './readReports';

/**
 * The funder report's figures, from reports already through the partnership's small-number rule
 * (readReports.ts puts each through `shownReport`, the reader the dashboard uses, so both hide the
 * same cells): counts are read as shown, a money amount hidden with the clients behind it.
 */
export interface CountRow {
  readonly key: string;
  readonly label: string;
  readonly count: Shown;
}

export interface GainRow {
  readonly kind: string;
  readonly label: string;
  readonly clients: Shown;
  /** Pounds; "*" when the clients behind it are too few to show; undefined when not reported. */
  readonly amount: number | typeof SUPPRESSED | undefined;
}

export interface StrataTable {
  readonly stratifier: Stratifier;
  readonly title: string;
  readonly rows: readonly CountRow[];
}

export interface ReportFigures {
  readonly periodId: string;
  /** The latest `date` of the reports read. */
  readonly computedAt: string | undefined;
  /** Measures with no report for the period. */
  readonly missing: readonly MeasureId[];
  readonly funnel: readonly CountRow[];
  readonly activity: readonly StrataTable[];
  readonly equity: readonly StrataTable[];
  readonly firstContact: {
    readonly contacted: Shown;
    readonly withinTarget: Shown;
    readonly medianDays: number | typeof SUPPRESSED | undefined;
    readonly p90Days: number | typeof SUPPRESSED | undefined;
  };
  readonly gains: readonly GainRow[];
  readonly healthUse: {
    readonly referrals: Shown;
    readonly rows: readonly { label: string; before: Shown; after: Shown }[];
  };
  readonly completeness: readonly CountRow[];
  /** Time to closure, level of assistance and sessions, before and after (closureAndAssistance.ts). */
  readonly closureAndAssistance: ClosureAndAssistanceFigures;
}

/** A count as shown, 0 when the report does not have it (the engine writes every population). */
const shownCount = (count: StoredCount | undefined): Shown => count ?? 0;

const STRATIFIER_TITLE: Readonly<Record<Stratifier, string>> = {
  'area-of-law': 'Issues referred, by area of law',
  'referral-source': 'Referrals by source',
  setting: 'Referrals by healthcare setting',
  urgency: 'Referrals by urgency',
  'deprivation-decile': 'Referrals by deprivation decile (1 = most deprived)',
  'age-band': 'Referrals by age band',
  sex: 'Referrals by sex',
  'ethnic-category': 'Referrals by ethnic category',
};

export function stratumLabel(stratifier: Stratifier, value: string): string {
  if (value === 'not-recorded' || value === '') {
    return 'Not recorded';
  }
  if (stratifier === 'area-of-law') {
    return (WELFARE_LAW_AREA.codes as Record<string, string>)[value] ?? value;
  }
  if (stratifier === 'deprivation-decile') {
    return `Decile ${value}`;
  }
  return value.charAt(0).toUpperCase() + value.slice(1).replaceAll('-', ' ');
}

/** One stratifier of the funnel as a table: its strata add up to the group's total (a partition). */
function strataTable(group: StoredGroup | undefined, stratifier: Stratifier, population: string): StrataTable {
  return {
    stratifier,
    title: STRATIFIER_TITLE[stratifier],
    rows: (group?.strata[stratifier] ?? []).map((s) => ({
      key: s.value,
      label: stratumLabel(stratifier, s.value),
      count: shownCount(s.populations[population]),
    })),
  };
}

const hiddenWith = (count: Shown, value: number | typeof SUPPRESSED | undefined): GainRow['amount'] =>
  count === SUPPRESSED ? SUPPRESSED : value;

export function buildFigures(
  periodId: string,
  reports: Readonly<Partial<Record<MeasureId, StoredReport>>>,
  rule: SuppressionRule,
  /** The MeasureReports as read, for the figures built through the engine's own builder. */
  read: readonly MeasureReport[] = [],
): ReportFigures {
  const missing = MEASURE_IDS.filter((m) => reports[m] === undefined);
  const dates = MEASURE_IDS.flatMap((m) => reports[m]?.computedAt ?? []).sort();

  const funnelGroup = reports.funnel?.groups.funnel;
  const funnelKeys = Object.keys(FUNNEL_POPULATIONS) as FunnelPopulation[];

  const days = reports['time-to-first-contact']?.groups['days-to-first-contact'];
  const p90 = reports['time-to-first-contact']?.groups['days-to-first-contact-p90'];
  const contacted = shownCount(days?.populations['measure-population']);

  const gainGroups = reports['financial-gain']?.groups ?? {};
  const gains: GainRow[] = [...GAIN_KINDS, 'total' as const].map((kind) => {
    const g = gainGroups[kind];
    const clients = shownCount(g?.populations['clients-with-gain']);
    return {
      kind,
      label: kind === 'total' ? 'All financial gains (gross)' : GAIN_KIND_LABEL[kind],
      clients,
      amount: hiddenWith(clients, g?.score),
    };
  });

  const use = reports['health-service-use']?.groups ?? {};
  const serviceUseRow = (code: string, label: string): { label: string; before: Shown; after: Shown } => ({
    label,
    before: shownCount(use[code]?.populations.before),
    after: shownCount(use[code]?.populations.after),
  });

  const completenessGroup = reports['data-completeness']?.groups.completeness;
  const completenessLabels: Readonly<Record<string, string>> = {
    'measure-population': 'Referrals',
    'with-deprivation-decile': 'Referrals with a deprivation decile (postcode found)',
    'with-ethnic-category': 'Referrals with an ethnic category',
    closed: 'Closed cases',
    'closed-with-outcome': 'Closed cases with a coded outcome',
  };

  return {
    periodId,
    computedAt: dates.at(-1),
    missing,
    funnel: funnelKeys.map((k) => ({
      key: k,
      label: FUNNEL_POPULATIONS[k],
      count: shownCount(funnelGroup?.populations[k]),
    })),
    activity: [
      strataTable(funnelGroup, 'area-of-law', 'issues-referred'),
      strataTable(funnelGroup, 'referral-source', 'referrals-sent'),
      strataTable(funnelGroup, 'setting', 'referrals-sent'),
    ],
    equity: (['deprivation-decile', 'age-band', 'sex', 'ethnic-category'] as const).map((s) =>
      strataTable(funnelGroup, s, 'referrals-sent'),
    ),
    firstContact: {
      contacted,
      withinTarget: shownCount(days?.populations['within-target']),
      medianDays: hiddenWith(contacted, days?.score),
      p90Days: hiddenWith(contacted, p90?.score),
    },
    gains,
    healthUse: {
      referrals: shownCount(use.referrals?.populations['measure-population']),
      rows: [serviceUseRow('gp-consultations', 'GP consultations'), serviceUseRow('admissions', 'Hospital admissions')],
    },
    completeness: Object.entries(completenessLabels).map(([key, label]) => ({
      key,
      label,
      count: shownCount(completenessGroup?.populations[key]),
    })),
    closureAndAssistance: closureAndAssistanceFigures(read, periodId, rule),
  };
}

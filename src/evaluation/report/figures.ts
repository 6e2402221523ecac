import { WELFARE_LAW_AREA } from '../../../fhir-profiles/src/terminology';
import { GAIN_KINDS, GAIN_KIND_LABEL } from '../../domain/financial-gain';
import {
  FUNNEL_POPULATIONS,
  FUNNEL_RELATIONS,
  MEASURE_IDS,
  SUBSET_RELATIONS,
  type FunnelPopulation,
  type MeasureId,
  type Stratifier,
} from '../measures';
import { SUPPRESSED, suppressTable, type Relation, type Shown, type SuppressionRule } from '../suppression';
import type { MeasureReport } from '@medplum/fhirtypes';
import { closureAndAssistanceFigures, type ClosureAndAssistanceFigures } from './closureAndAssistance';
import type { StoredCount, StoredGroup, StoredReport } from './readReports';

/**
 * The funder report's figures, every count through the partnership's small-number rule here, in
 * the browser, whatever rule the stored report went through (a server may hold exact reports):
 * primary suppression, rounding, and secondary suppression over each table's totals and parts and
 * the complements of its subsets, as the engine does. A count the engine masked stays hidden.
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

/** A masked count enters the table as a count the rule always hides (1), so it stays hidden. */
const HIDDEN = 1;

function protect(
  stored: Readonly<Record<string, StoredCount | undefined>>,
  relations: readonly Relation[],
  rule: SuppressionRule,
): Record<string, Shown> {
  const cells: Record<string, number> = {};
  for (const [key, value] of Object.entries(stored)) {
    cells[key] = value === SUPPRESSED ? HIDDEN : (value ?? 0);
  }
  const all: Relation[] = relations.filter((r) => [r.total, ...r.parts].every((k) => k in cells));
  for (const s of SUBSET_RELATIONS) {
    if (s.whole in cells && s.part in cells) {
      const whole = stored[s.whole];
      const part = stored[s.part];
      const complement = `${s.whole}\u0002not-${s.part}`;
      cells[complement] =
        whole === SUPPRESSED || part === SUPPRESSED ? HIDDEN : Math.max(0, (whole ?? 0) - (part ?? 0));
      all.push({ total: s.whole, parts: [s.part, complement] });
    }
  }
  const shown = suppressTable(cells, all, rule);
  return Object.fromEntries(Object.keys(stored).map((k) => [k, shown[k] ?? SUPPRESSED]));
}

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
function strataTable(
  group: StoredGroup | undefined,
  stratifier: Stratifier,
  population: string,
  rule: SuppressionRule,
): StrataTable {
  const strata = group?.strata[stratifier] ?? [];
  const stored: Record<string, StoredCount> = { total: group?.populations[population] ?? 0 };
  strata.forEach((s, i) => {
    stored[`s${String(i)}`] = s.populations[population] ?? 0;
  });
  const parts = strata.map((_s, i) => `s${String(i)}`);
  const shown = protect(stored, parts.length > 0 ? [{ total: 'total', parts }] : [], rule);
  return {
    stratifier,
    title: STRATIFIER_TITLE[stratifier],
    rows: strata.map((s, i) => ({
      key: s.value,
      label: stratumLabel(stratifier, s.value),
      count: shown[`s${String(i)}`] ?? SUPPRESSED,
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
  const funnelShown = protect(
    Object.fromEntries(funnelKeys.map((k) => [k, funnelGroup?.populations[k] ?? 0])),
    FUNNEL_RELATIONS,
    rule,
  );

  const days = reports['time-to-first-contact']?.groups['days-to-first-contact'];
  const p90 = reports['time-to-first-contact']?.groups['days-to-first-contact-p90'];
  const contact = protect(
    {
      'measure-population': days?.populations['measure-population'] ?? 0,
      'within-target': days?.populations['within-target'] ?? 0,
    },
    [],
    rule,
  );
  const contacted = contact['measure-population'] ?? SUPPRESSED;

  const gainGroups = reports['financial-gain']?.groups ?? {};
  const gains: GainRow[] = [...GAIN_KINDS, 'total' as const].map((kind) => {
    const g = gainGroups[kind];
    const clients = protect({ c: g?.populations['clients-with-gain'] ?? 0 }, [], rule).c ?? SUPPRESSED;
    return {
      kind,
      label: kind === 'total' ? 'All financial gains (gross)' : GAIN_KIND_LABEL[kind],
      clients,
      amount: hiddenWith(clients, g?.score),
    };
  });

  const use = reports['health-service-use']?.groups ?? {};
  const serviceUseRow = (code: string, label: string): { label: string; before: Shown; after: Shown } => {
    const shown = protect(
      { before: use[code]?.populations.before ?? 0, after: use[code]?.populations.after ?? 0 },
      [],
      rule,
    );
    return { label, before: shown.before ?? SUPPRESSED, after: shown.after ?? SUPPRESSED };
  };

  const completenessGroup = reports['data-completeness']?.groups.completeness;
  const completenessLabels: Readonly<Record<string, string>> = {
    'measure-population': 'Referrals',
    'with-deprivation-decile': 'Referrals with a deprivation decile (postcode found)',
    'with-ethnic-category': 'Referrals with an ethnic category',
    closed: 'Closed cases',
    'closed-with-outcome': 'Closed cases with a coded outcome',
  };
  const completeness = protect(
    Object.fromEntries(Object.keys(completenessLabels).map((k) => [k, completenessGroup?.populations[k] ?? 0])),
    [],
    rule,
  );

  return {
    periodId,
    computedAt: dates.at(-1),
    missing,
    funnel: funnelKeys.map((k) => ({ key: k, label: FUNNEL_POPULATIONS[k], count: funnelShown[k] ?? SUPPRESSED })),
    activity: [
      strataTable(funnelGroup, 'area-of-law', 'issues-referred', rule),
      strataTable(funnelGroup, 'referral-source', 'referrals-sent', rule),
      strataTable(funnelGroup, 'setting', 'referrals-sent', rule),
    ],
    equity: (['deprivation-decile', 'age-band', 'sex', 'ethnic-category'] as const).map((s) =>
      strataTable(funnelGroup, s, 'referrals-sent', rule),
    ),
    firstContact: {
      contacted,
      withinTarget: contact['within-target'] ?? SUPPRESSED,
      medianDays: hiddenWith(contacted, days?.score),
      p90Days: hiddenWith(contacted, p90?.score),
    },
    gains,
    healthUse: {
      referrals: protect({ r: use.referrals?.populations['measure-population'] ?? 0 }, [], rule).r ?? SUPPRESSED,
      rows: [serviceUseRow('gp-consultations', 'GP consultations'), serviceUseRow('admissions', 'Hospital admissions')],
    },
    completeness: Object.entries(completenessLabels).map(([key, label]) => ({
      key,
      label,
      count: completeness[key] ?? SUPPRESSED,
    })),
    closureAndAssistance: closureAndAssistanceFigures(read, periodId, rule),
  };
}

import type { MeasureReport, MeasureReportGroupPopulation, Quantity } from '@medplum/fhirtypes';
import { DATA_ABSENT_REASON_URL, SUPPRESSION_TAG_SYSTEM } from './measures';
import { SUPPRESSED } from './suppression';

/**
 * MeasureReports as one CSV table (browser-safe): a row per population of each group and stratum.
 * A masked count (data-absent-reason "masked") is written as "*". The reports must already have
 * been through the suppression module: this only lays them out.
 */
export const CSV_HEADER = [
  'measure',
  'period_start',
  'period_end',
  'group',
  'stratifier',
  'stratum',
  'population',
  'count',
  'score',
  'unit',
  'suppression',
];

const masked = (e: { extension?: { url?: string; valueCode?: string }[] } | undefined): boolean =>
  e?.extension?.some((x) => x.url === DATA_ABSENT_REASON_URL && x.valueCode === 'masked') ?? false;

function countText(p: MeasureReportGroupPopulation): string {
  return masked(p) ? SUPPRESSED : String(p.count ?? '');
}

function scoreText(q: Quantity | undefined): [string, string] {
  if (!q) {
    return ['', ''];
  }
  return masked(q) ? [SUPPRESSED, q.unit ?? ''] : [String(q.value ?? ''), q.unit ?? ''];
}

function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function measureReportRows(report: MeasureReport): string[][] {
  const measure = report.measure.split('/').pop() ?? report.measure;
  const tag = report.meta?.tag?.find((t) => t.system === SUPPRESSION_TAG_SYSTEM)?.code ?? '';
  const base = [measure, report.period.start ?? '', report.period.end ?? ''];
  const rows: string[][] = [];
  for (const group of report.group ?? []) {
    const code = group.code?.coding?.[0]?.code ?? '';
    const [score, unit] = scoreText(group.measureScore);
    for (const p of group.population ?? []) {
      rows.push([...base, code, '', '', p.code?.coding?.[0]?.code ?? '', countText(p), score, unit, tag]);
    }
    for (const stratifier of group.stratifier ?? []) {
      const sCode = stratifier.code?.[0]?.coding?.[0]?.code ?? '';
      for (const stratum of stratifier.stratum ?? []) {
        const [sScore, sUnit] = scoreText(stratum.measureScore);
        for (const p of stratum.population ?? []) {
          rows.push([
            ...base,
            code,
            sCode,
            stratum.value?.text ?? '',
            p.code?.coding?.[0]?.code ?? '',
            countText(p),
            sScore,
            sUnit,
            tag,
          ]);
        }
      }
    }
  }
  return rows;
}

export function measureReportsCsv(reports: readonly MeasureReport[]): string {
  return [CSV_HEADER, ...reports.flatMap(measureReportRows)].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

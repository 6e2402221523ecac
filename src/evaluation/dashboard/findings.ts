import type { ChartRow } from '../../ui/chart/chartData';
import { valueText } from '../../ui/chart/chartData';

/**
 * Titles that state what a chart shows, worked out from what it may show (hidden counts are
 * never used to pick a "most"): the largest shown value when it is clearly the largest.
 */
export function mostOf(rows: readonly ChartRow[]): ChartRow | undefined {
  const shown = rows.filter((r): r is ChartRow & { value: number } => typeof r.value === 'number' && r.value > 0);
  const sorted = [...shown].sort((a, b) => b.value - a.value);
  const [top, next] = sorted;
  if (!top || (next && next.value === top.value) || rows.some((r) => r.value === '*' && top.value <= 7)) {
    return undefined;
  }
  return top;
}

export function findingTitle(rows: readonly ChartRow[], most: (label: string) => string, otherwise: string): string {
  const top = mostOf(rows);
  return top ? most(lowerFirst(top.label)) : otherwise;
}

function lowerFirst(label: string): string {
  // Keep initialisms (GP, UK) as they are.
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "Debt: 10; Housing: * (hidden)." */
export function listSummary(rows: readonly ChartRow[]): string {
  if (rows.length === 0) {
    return 'Nothing recorded in this period.';
  }
  return `${rows.map((r) => `${r.label}: ${r.value === '*' ? '* (hidden)' : valueText(r)}`).join('; ')}.`;
}

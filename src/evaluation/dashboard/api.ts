import type { Bundle as R4Bundle } from 'fhir/r4';
import type { MeasureReport } from '@medplum/fhirtypes';
import type { FhirGateway } from '../../fhir/gateway';
import { MEASURE_IDS, MEASURE_REPORT_IDENTIFIER_SYSTEM, reportIdentifier } from '../measures';
import type { Period } from '../periods';

/**
 * The dashboard's one FHIR search: the period's MeasureReports (one per measure) and the funnel
 * reports of its quarters or months, by identifier (comma = any of), `_count` large enough for all
 * of them; `next` links followed should a server page anyway. The number of requests depends on
 * the period chosen, never on how many referrals there are. MeasureReports only: nothing about a person.
 * A custom range asks for all its months' reports in the same one search (rangeReports.ts).
 */
export function dashboardIdentifiers(period: Period, parts: readonly Period[]): string[] {
  return [
    ...MEASURE_IDS.map((m) => reportIdentifier(m, period.id)),
    ...parts.map((p) => reportIdentifier('funnel', p.id)),
  ];
}

export async function loadMeasureReports(
  gateway: FhirGateway,
  identifiers: readonly string[],
  /** Values only (any system; the caller keeps ours): a shorter URL for a range's many months. */
  { anySystem = false }: { anySystem?: boolean } = {},
): Promise<MeasureReport[]> {
  const found: MeasureReport[] = [];
  const take = (bundle: R4Bundle): string | undefined => {
    for (const entry of bundle.entry ?? []) {
      if (entry.resource?.resourceType === 'MeasureReport' && entry.search?.mode !== 'include') {
        found.push(entry.resource as unknown as MeasureReport);
      }
    }
    return bundle.link?.find((l) => l.relation === 'next')?.url;
  };
  let next = take(
    await gateway.search('MeasureReport', {
      identifier: identifiers.map((v) => (anySystem ? v : `${MEASURE_REPORT_IDENTIFIER_SYSTEM}|${v}`)).join(','),
      _count: String(identifiers.length + 10),
    }),
  );
  while (next) {
    next = take(await gateway.page(next));
  }
  return found;
}

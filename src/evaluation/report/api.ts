import type { Bundle, Composition, MeasureReport } from 'fhir/r4';
import type { MeasureReport as MeasureReportOfEngine } from '@medplum/fhirtypes';
import { saveOnce } from '../../fhir/createOnce';
import type { FhirGateway } from '../../fhir/gateway';
import type { SuppressionRule } from '../suppression';
import { buildFigures, type ReportFigures } from './figures';
import { narrativeIdentifier } from './narrative';
import { readReports, reportSearch } from './readReports';

/** The funder report's FHIR calls: one search for the period's MeasureReports, one for its narrative. */
function resources<T>(bundle: Bundle, type: string): T[] {
  return (bundle.entry ?? []).flatMap((e) =>
    e.resource?.resourceType === type && e.search?.mode !== 'include' ? [e.resource as T] : [],
  );
}

export async function loadReportFigures(
  gateway: FhirGateway,
  periodId: string,
  rule: SuppressionRule,
): Promise<ReportFigures> {
  const bundle = await gateway.search('MeasureReport', reportSearch(periodId));
  const read = resources<MeasureReport>(bundle, 'MeasureReport');
  return buildFigures(periodId, readReports(read, periodId, rule), rule, read as unknown as MeasureReportOfEngine[]);
}

export async function loadNarrative(gateway: FhirGateway, periodId: string): Promise<Composition | null> {
  const bundle = await gateway.search('Composition', { identifier: narrativeIdentifier(periodId) });
  return resources<Composition>(bundle, 'Composition')[0] ?? null;
}

/** Saves the period's narrative, keyed on the period's identifier (saveOnce: If-Match after the first save). */
export function saveNarrative(
  gateway: FhirGateway,
  next: Composition,
  stored: Composition | null,
): Promise<Composition> {
  return saveOnce(gateway, next, stored);
}

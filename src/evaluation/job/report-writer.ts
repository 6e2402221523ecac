import type { Bundle, MeasureReport } from '@medplum/fhirtypes';
import { MEASURE_REPORT_IDENTIFIER_SYSTEM } from '../measures';

/**
 * Writes a MeasureReport idempotently: a conditional update on its identifier
 * (`PUT MeasureReport?identifier=<system>|<measure>/<period>`), so the same measure and period
 * update the one report (a new version) instead of adding another. When the report exists, the
 * update carries `If-Match` with its current version (servers that require it answer 428 without).
 */
export async function putMeasureReport(
  fhirBase: string,
  accessToken: string,
  report: MeasureReport,
): Promise<{ status: number; id: string; versionId: string }> {
  const value = report.identifier?.find((i) => i.system === MEASURE_REPORT_IDENTIFIER_SYSTEM)?.value;
  if (!value) {
    throw new Error('A MeasureReport needs its evaluation identifier');
  }
  const query = new URLSearchParams({ identifier: `${MEASURE_REPORT_IDENTIFIER_SYSTEM}|${value}` });
  const found = await fetch(`${fhirBase}/MeasureReport?${query.toString()}&_elements=id,meta`, {
    headers: { Accept: 'application/fhir+json', Authorization: `Bearer ${accessToken}` },
  });
  if (!found.ok) {
    throw new Error(`Looking up MeasureReport ${value} failed (${String(found.status)})`);
  }
  const existing = ((await found.json()) as Bundle<MeasureReport>).entry?.[0]?.resource;
  const version = existing?.meta?.versionId;
  const res = await fetch(`${fhirBase}/MeasureReport?${query.toString()}`, {
    method: 'PUT',
    headers: {
      'Content-Type': 'application/fhir+json',
      Accept: 'application/fhir+json',
      Authorization: `Bearer ${accessToken}`,
      ...(version ? { 'If-Match': `W/"${version}"` } : {}),
    },
    body: JSON.stringify(report),
  });
  // A plain server may answer a write with no body (return=minimal): then the Location and ETag say it.
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as Partial<MeasureReport> & { issue?: { diagnostics?: string }[] };
  if (res.status !== 200 && res.status !== 201) {
    const why = body.issue?.map((i) => i.diagnostics ?? '').join('; ') ?? '';
    throw new Error(`Writing MeasureReport ${value} failed (${String(res.status)}): ${why}`);
  }
  const location = /MeasureReport\/([^/]+)(?:\/_history\/([^/]+))?/.exec(res.headers.get('Location') ?? '');
  const etag = /^W\/"(.+)"$/.exec(res.headers.get('ETag') ?? '');
  return {
    status: res.status,
    id: body.id ?? location?.[1] ?? '',
    versionId: body.meta?.versionId ?? location?.[2] ?? etag?.[1] ?? '',
  };
}

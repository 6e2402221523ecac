import type { Patient } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { referralSummaries, type ReferralSummary } from './overview';
import { byAttention, WORKLIST_PAGE_SIZE, worklistParams, worklistRows, type WorklistRow } from './worklist';
import type { WorklistFilters } from './worklistFilterCodes';

/*
 * The practice worklist's FHIR calls (taking the gateway, like api.ts). A module of their own so
 * that they, and the worklist's rows, load with the worklist's chunk only, never with the
 * clinician's first screen (which loads api.ts).
 */

/** One referral read on its own (no patient in context): its Tasks, messages and patient, in one search. */
export interface ReferralAlone {
  summary: ReferralSummary;
  patient: Patient | undefined;
}

/** One referral by its ServiceRequest id; undefined when it is not there or not this user's to read. */
export async function loadReferral(gateway: FhirGateway, serviceRequestId: string): Promise<ReferralAlone | undefined> {
  const bundle = await gateway.search('ServiceRequest', {
    _id: serviceRequestId,
    _include: 'ServiceRequest:subject',
    _revinclude: ['Task:focus', 'Communication:based-on'],
  });
  const summary = referralSummaries(bundle).find((s) => s.serviceRequest.id === serviceRequestId);
  if (!summary) {
    return undefined;
  }
  const subject = summary.serviceRequest.subject.reference;
  const patient = (bundle.entry ?? [])
    .map((e) => e.resource)
    .find((r): r is Patient => r?.resourceType === 'Patient' && `Patient/${r.id ?? ''}` === subject);
  return { summary, patient };
}

/** A page of the practice worklist and the server's `next` link for the one after (undefined on the last). */
export interface WorklistPage {
  rows: WorklistRow[];
  next: string | undefined;
}

/** At most this many searches for one page when an attention filter leaves few rows on each server page. */
const MAX_SEARCHES_PER_PAGE = 5;

/**
 * The worklist page starting at `cursor` (a server `next` link; undefined = the first page). The
 * status and who filters are search parameters; the attention filter is read from the rows, so a
 * page follows `next` links until it has a page of rows or the list ends (paging needs only `next`).
 */
export async function loadWorklistPage(
  gateway: FhirGateway,
  me: string,
  filters: WorklistFilters,
  cursor: string | undefined,
  pageSize = WORKLIST_PAGE_SIZE,
): Promise<WorklistPage> {
  const params = worklistParams(filters, me, pageSize);
  if (!params) {
    return { rows: [], next: undefined };
  }
  const rows: WorklistRow[] = [];
  let next: string | undefined = cursor;
  for (let searches = 0; searches < MAX_SEARCHES_PER_PAGE; searches += 1) {
    const bundle = await (next === undefined ? gateway.search('Task', params) : gateway.page(next));
    rows.push(...worklistRows(bundle, me, filters));
    next = bundle.link?.find((l) => l.relation === 'next')?.url;
    if (next === undefined || rows.length >= pageSize || !filters.attention) {
      break;
    }
  }
  return { rows: rows.sort(byAttention), next };
}

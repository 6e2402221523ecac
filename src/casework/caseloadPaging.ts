import type { Bundle } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { caseloadParams, caseRowsParams, PAGE_SIZE, urgencySegments, type CaseloadFilters } from './caseloadQuery';
import { readCaseloadPage, type CaseloadRow } from './caseloadRows';

/**
 * Paging the caseload with what every FHIR server gives: a `next` link. Urgent cases come first
 * (one search), then the rest (a second search), shown as one list in pages of `pageSize` rows:
 * the page where the urgent cases end is filled from the first routine page, and rows fetched
 * but not yet shown are carried to the next page (in memory only), so each page costs one
 * request except that one. "Previous" is the page the adviser came from (a stack of cursors),
 * never a server `previous` link, which plain servers do not send.
 */
export interface PageCursor {
  /** Index into urgencySegments(filters) of the search to read next; past the end: nothing more to read. */
  readonly segment: number;
  /** The server's next link within that segment; undefined = the segment's first page. */
  readonly url?: string | undefined;
  /** Rows already fetched that this page shows first. */
  readonly carry?: readonly CaseloadRow[] | undefined;
}

/** A page of the caseload and where "Next" goes (undefined on the last page). */
export interface CaseloadPageAt {
  readonly cursor: PageCursor;
  readonly rows: readonly CaseloadRow[];
  readonly next: PageCursor | undefined;
  /** How many requests this page took (1, or 2 where the urgent cases end). */
  readonly requests: number;
}

/**
 * The page at `cursor`, filled to `pageSize` rows from as many segments as it takes. On the very
 * first page the routine search is sent together with the urgent one (no second round trip
 * before the adviser sees the caseload); it is unused only when urgent cases fill the page.
 */
export async function loadCaseloadPage(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  cursor: PageCursor,
  pageSize = PAGE_SIZE,
  options: { refreshCarried?: boolean } = {},
): Promise<CaseloadPageAt> {
  const segments = urgencySegments(filters);
  const search = (index: number): Promise<Bundle> =>
    gateway.search('Task', caseloadParams(org, filters, segments[index] ?? 'routine', pageSize));
  // Carried rows are as fresh as the page they came with; on a reload (back from a case) they
  // are read again, alongside the page's own request.
  const carried = options.refreshCarried ? settle(rereadRows(gateway, org, filters, cursor.carry)) : undefined;
  const rows: CaseloadRow[] = [...(cursor.carry ?? [])];
  const isFirstPage = cursor.segment === 0 && !cursor.url && rows.length === 0 && segments.length > 1;
  const early = isFirstPage ? settle(search(1)) : undefined;
  let at: { segment: number; url: string | undefined } = { segment: cursor.segment, url: cursor.url };
  let requests = (early ? 1 : 0) + (carried ? 1 : 0);
  const withFreshCarry = async (shown: CaseloadRow[]): Promise<CaseloadRow[]> =>
    carried ? [...(await unsettle(carried)), ...shown.slice(cursor.carry?.length ?? 0)] : shown;
  while (rows.length < pageSize && at.segment < segments.length) {
    const prefetched = early && at.segment === 1 && !at.url ? early : undefined;
    const bundle = prefetched ? await unsettle(prefetched) : await fetchAt(gateway, at, search);
    requests += prefetched ? 0 : 1;
    const page = readCaseloadPage(bundle);
    const room = pageSize - rows.length;
    rows.push(...page.rows.slice(0, room));
    at = page.next ? { segment: at.segment, url: page.next } : { segment: at.segment + 1, url: undefined };
    const carry = page.rows.slice(room);
    if (carry.length > 0) {
      return { cursor, rows: await withFreshCarry(rows), next: { ...at, carry }, requests };
    }
  }
  const next = at.segment < segments.length ? { segment: at.segment, url: at.url } : undefined;
  return { cursor, rows: await withFreshCarry(rows), next, requests };
}

/** The carried rows again, in their order, minus any that no longer match the filters. */
async function rereadRows(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  carry: readonly CaseloadRow[] | undefined,
): Promise<readonly CaseloadRow[]> {
  if (!carry || carry.length === 0) {
    return [];
  }
  const ids = carry.map((r) => r.taskId);
  const fresh = readCaseloadPage(await gateway.search('Task', caseRowsParams(org, filters, ids))).rows;
  return ids.flatMap((id) => fresh.filter((r) => r.taskId === id));
}

function fetchAt(
  gateway: FhirGateway,
  at: { segment: number; url: string | undefined },
  search: (index: number) => Promise<Bundle>,
): Promise<Bundle> {
  return at.url ? gateway.page(at.url) : search(at.segment);
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A request that may end up unused: its failure must not go unhandled. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

async function unsettle<T>(settled: Promise<Settled<T>>): Promise<T> {
  const result = await settled;
  if (!result.ok) {
    throw result.error;
  }
  return result.value;
}

/**
 * Re-walks from the first page to page `pageNumber` (after a reload, or a link with ?page=N):
 * one request per page, since only `next` links exist. Stops early on the last page.
 */
export async function walkToPage(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  pageNumber: number,
  pageSize = PAGE_SIZE,
): Promise<{ history: readonly PageCursor[]; shown: CaseloadPageAt }> {
  let shown = await loadCaseloadPage(gateway, org, filters, { segment: 0 }, pageSize);
  const history: PageCursor[] = [shown.cursor];
  while (history.length < pageNumber && shown.next) {
    shown = await loadCaseloadPage(gateway, org, filters, shown.next, pageSize);
    history.push(shown.cursor);
  }
  return { history, shown };
}

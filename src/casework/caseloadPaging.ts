import type { FhirGateway } from '../fhir/gateway';
import { caseloadParams, PAGE_SIZE, urgencySegments, type CaseloadFilters } from './caseloadQuery';
import { readCaseloadPage, type CaseloadPage } from './caseloadRows';

/**
 * Paging the caseload with what every FHIR server gives: a `next` link. Urgent cases come first
 * (one search), then the rest (a second search), so a cursor names the segment and, past the
 * segment's first page, the server's next link. "Previous" is the page the adviser came from
 * (a stack of cursors), never a server `previous` link, which plain servers do not send.
 */
export interface PageCursor {
  /** Index into urgencySegments(filters). */
  readonly segment: number;
  /** The server's next link within the segment; undefined = the segment's first page. */
  readonly url?: string | undefined;
}

/** The cursors of the pages the adviser went through, oldest first; the last is the page shown. */
export type PageHistory = readonly PageCursor[];

export const FIRST_PAGE: PageHistory = [{ segment: 0 }];

/** A page of the caseload and where "Next" goes (undefined on the last page). */
export interface CaseloadPageAt {
  readonly cursor: PageCursor;
  readonly page: CaseloadPage;
  readonly next: PageCursor | undefined;
}

/**
 * The page at `cursor`: one request. An empty page that is not the end (no urgent cases, or a
 * next link that led past the last urgent case) moves straight on to the next segment.
 */
export async function loadCaseloadPage(
  gateway: FhirGateway,
  org: string,
  filters: CaseloadFilters,
  cursor: PageCursor,
  pageSize = PAGE_SIZE,
): Promise<CaseloadPageAt> {
  const segments = urgencySegments(filters);
  const segment = segments[cursor.segment];
  if (!segment) {
    throw new RangeError('No such page of the caseload.');
  }
  const bundle = cursor.url
    ? await gateway.page(cursor.url)
    : await gateway.search('Task', caseloadParams(org, filters, segment, pageSize));
  const page = readCaseloadPage(bundle);
  const next = nextCursor(cursor, page, segments.length);
  if (page.rows.length === 0 && next) {
    return loadCaseloadPage(gateway, org, filters, next, pageSize);
  }
  return { cursor, page, next };
}

function nextCursor(cursor: PageCursor, page: CaseloadPage, segmentCount: number): PageCursor | undefined {
  if (page.next) {
    return { segment: cursor.segment, url: page.next };
  }
  return cursor.segment + 1 < segmentCount ? { segment: cursor.segment + 1 } : undefined;
}

/** The history after "Next": the page shown is pushed. */
export function pushPage(history: PageHistory, next: PageCursor): PageHistory {
  return [...history, next];
}

/** The history after "Previous": back to the page before (the first page stays). */
export function popPage(history: PageHistory): PageHistory {
  return history.length > 1 ? history.slice(0, -1) : history;
}

/** The page shown. */
export function currentCursor(history: PageHistory): PageCursor {
  return history.at(-1) ?? { segment: 0 };
}

/**
 * What the screen's address can say about paging: the page number only (1-based) — no server
 * link, no patient data. `search` is "" on the first page, else "page=N"; `previous` is the page
 * number "Previous" leads to.
 */
export function pageLinks(history: PageHistory): { page: number; previous: number | undefined; search: string } {
  const page = Math.max(history.length, 1);
  return { page, previous: page > 1 ? page - 1 : undefined, search: page > 1 ? `page=${String(page)}` : '' };
}

/** Reads the page number back from the address ("page=3"); 1 for anything else. */
export function pageFromSearch(search: string): number {
  const value = new URLSearchParams(search).get('page') ?? '';
  const n = /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 1;
  return n;
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
): Promise<{ history: PageHistory; shown: CaseloadPageAt }> {
  let shown = await loadCaseloadPage(gateway, org, filters, { segment: 0 }, pageSize);
  const history: PageCursor[] = [shown.cursor];
  while (history.length < pageNumber && shown.next) {
    shown = await loadCaseloadPage(gateway, org, filters, shown.next, pageSize);
    history.push(shown.cursor);
  }
  return { history, shown };
}

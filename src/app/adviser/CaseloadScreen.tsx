import { useEffect, useState, type ReactElement } from 'react';
import { PARTNERSHIP } from '../../config/partnership';
import { caseFlags, urgentOverdueBefore } from '../../casework/caseFlags';
import { useLocation, useSearch } from 'wouter';
import { CaseloadFilters } from '../../casework/CaseloadFilters';
import { casesFound, COUNTED_STATUSES, type CaseloadFilters as Filters } from '../../casework/caseloadQuery';
import { countsNote, foundSentence, isFiltered } from '../../casework/caseloadSummary';
import { CaseloadTable } from '../../casework/CaseloadTable';
import { CaseSearchForm } from '../../casework/CaseSearchForm';
import { useCaseload } from '../../casework/useCaseload';
import { statusLabel } from '../../domain/labels';
import type { FhirGateway } from '../../fhir/gateway';
import { StepHeading } from '../../ui/Heading';
import { Problem, plainError } from '../../ui/Problem';
import { lastCaseload } from './lastCaseload';
import { caseSearchState, rememberCaseSearch, useCaseSearchText } from './caseSearchState';
import { caseloadSearch, listPaths, readCaseloadSearch } from '../listPaths';
import { paths } from '../paths';

/**
 * The adviser's first screen: their organisation's caseload. Filters and page live in the URL
 * (codes only); the search text in the history entry's state (caseSearchState.ts), never the URL.
 */
export function CaseloadScreen({ gateway, org, me }: { gateway: FhirGateway; org: string; me: string }): ReactElement {
  const search = useSearch();
  const [, navigate] = useLocation();
  const text = useCaseSearchText();
  const { filters: fromUrl, page: pageNumber } = readCaseloadSearch(search);
  // The flags' clock: fixed while the screen is open, so the queries' keys stay the same.
  const [now] = useState(() => new Date());
  const target = PARTNERSHIP.urgency.urgentResponseWithinDays;
  const filters: Filters = {
    ...fromUrl,
    me,
    ...(text ? { text } : {}),
    ...(fromUrl.attention ? { urgentBefore: urgentOverdueBefore(now, target) } : {}),
  };
  const here = caseloadSearch(filters, pageNumber);
  useEffect(() => {
    lastCaseload.remember(here);
  }, [here]);
  const { page, counts } = useCaseload(gateway, org, filters, pageNumber);
  // From the counts batch: plain servers give a search total only when asked.
  const found = casesFound(counts, filters.status, filters.attention);
  const go = (next: Filters, pageTo: number, searchText = text): void => {
    navigate(listPaths.caseload(next, pageTo), { state: caseSearchState(searchText) });
  };
  const clear = isFiltered(filters) ? (
    <p className="nhsuk-body">
      <a
        href="/"
        className="nhsuk-link"
        data-testid="clear-filters"
        onClick={(e) => {
          e.preventDefault();
          navigate('/');
          rememberCaseSearch('');
        }}
      >
        Clear filters
      </a>
    </p>
  ) : null;

  return (
    <>
      <StepHeading caption={pageNumber > 1 ? `Page ${String(pageNumber)}` : undefined}>Caseload</StepHeading>
      <CaseSearchForm
        key={text}
        value={text}
        onSearch={(typed) => {
          rememberCaseSearch(typed);
          if (pageNumber > 1) {
            go(fromUrl, 1, typed);
          }
        }}
      />
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="nhsuk-heading-s">
          Cases by status
        </h2>
        <p className="nhsuk-body-s" data-testid="counts-note">
          {countsNote(filters)}
        </p>
        <ul className="app-counts" data-testid="status-counts">
          {COUNTED_STATUSES.map((status) => (
            <li key={status}>
              {statusLabel(status)}: <strong data-testid={`count-${status}`}>{counts?.[status] ?? '–'}</strong>
            </li>
          ))}
        </ul>
      </section>
      <CaseloadFilters
        key={search}
        value={filters}
        onApply={(f) => {
          go(f, 1);
        }}
      />
      {page.state === 'loading' && <p role="status">Loading cases…</p>}
      {page.state === 'failed' && <Problem title="The caseload could not be loaded" message={plainError(page.error)} />}
      {page.state === 'ready' && (
        <>
          <p className="nhsuk-body" role="status" data-testid="caseload-total">
            {found === undefined ? '' : foundSentence(found, filters)}
          </p>
          {page.value.rows.length > 0 && clear}
          <CaseloadTable
            rows={page.value.rows}
            hrefFor={paths.case}
            me={me}
            flagsOf={(facts) => caseFlags(facts, now, target)}
            empty={clear}
          />
          <nav className="app-pagination" aria-label="Pages of cases">
            {pageNumber > 1 ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                data-testid="previous-page"
                onClick={() => {
                  go(filters, pageNumber - 1);
                }}
              >
                Previous page
              </button>
            ) : (
              <span />
            )}
            {page.value.next && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                data-testid="next-page"
                onClick={() => {
                  go(filters, pageNumber + 1);
                }}
              >
                Next page
              </button>
            )}
          </nav>
        </>
      )}
    </>
  );
}

import { useEffect, type ReactElement } from 'react';
import { useLocation, useSearch } from 'wouter';
import { CaseloadFilters } from '../../casework/CaseloadFilters';
import { casesFound, COUNTED_STATUSES } from '../../casework/caseloadQuery';
import { CaseloadTable } from '../../casework/CaseloadTable';
import { useCaseload } from '../../casework/useCaseload';
import { statusLabel } from '../../domain/labels';
import type { FhirGateway } from '../../fhir/gateway';
import { StepHeading } from '../../ui/Heading';
import { Problem, plainError } from '../../ui/Problem';
import { lastCaseload } from './lastCaseload';
import { caseloadSearch, paths, readCaseloadSearch } from '../paths';

/** The adviser's first screen: their organisation's caseload; filters and page live in the URL. */
export function CaseloadScreen({ gateway, org }: { gateway: FhirGateway; org: string }): ReactElement {
  const search = useSearch();
  const [, navigate] = useLocation();
  const { filters, page: pageNumber } = readCaseloadSearch(search);
  const here = caseloadSearch(filters, pageNumber);
  useEffect(() => {
    lastCaseload.remember(here);
  }, [here]);
  const { page, counts } = useCaseload(gateway, org, filters, pageNumber);
  // From the counts batch: plain servers give a search total only when asked.
  const found = casesFound(counts, filters.status);

  return (
    <>
      <StepHeading caption={pageNumber > 1 ? `Page ${String(pageNumber)}` : undefined}>Caseload</StepHeading>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="nhsuk-heading-s">
          Cases by status
        </h2>
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
          navigate(paths.caseload(f, 1));
        }}
      />
      {page.state === 'loading' && <p role="status">Loading cases…</p>}
      {page.state === 'failed' && <Problem title="The caseload could not be loaded" message={plainError(page.error)} />}
      {page.state === 'ready' && (
        <>
          <p className="nhsuk-body" role="status" data-testid="caseload-total">
            {found === undefined ? '' : `${String(found)} case${found === 1 ? '' : 's'} found.`}
          </p>
          <CaseloadTable rows={page.value.rows} hrefFor={paths.case} />
          <nav className="app-pagination" aria-label="Pages of cases">
            {pageNumber > 1 ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                data-testid="previous-page"
                onClick={() => {
                  navigate(paths.caseload(filters, pageNumber - 1));
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
                  navigate(paths.caseload(filters, pageNumber + 1));
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

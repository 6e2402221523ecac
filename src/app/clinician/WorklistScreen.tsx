import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { FhirGateway } from '../../fhir/gateway';
import { worklistQuery } from '../../timeline/worklistQueries';
import { readWorklistSearch } from '../../timeline/worklistFilterCodes';
import { WorklistFilters } from '../../timeline/WorklistFilters';
import { WorklistTable } from '../../timeline/WorklistTable';
import { StepHeading } from '../../ui/Heading';
import { plainError, Problem } from '../../ui/Problem';
import { listPaths } from '../listPaths';
import { paths } from '../paths';

/**
 * The practice worklist (a clinician with no patient open): the referrals they and their
 * organisation made, what needs their attention first. Filters and page live in the address
 * (codes only); the list is read again every poll while the tab is visible, so an adviser's
 * message or stage change shows within a minute without a reload.
 */
export function WorklistScreen({ gateway, me }: { gateway: FhirGateway; me: string }): ReactElement {
  const search = useSearch();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const { filters, page } = readWorklistSearch(search);
  const query = useQuery(worklistQuery(client, gateway, me, filters, page));
  const shown = query.data;
  return (
    <>
      <StepHeading caption={page > 1 ? `Page ${String(page)}` : undefined}>Your referrals</StepHeading>
      <p className="nhsuk-body">
        Referrals to welfare rights advice made by you and your organisation. Evidence requests, new messages, referrals
        not accepted and outcomes come first. This list updates by itself.
      </p>
      <WorklistFilters
        key={search}
        value={filters}
        onApply={(f) => {
          navigate(listPaths.worklist(f, 1));
        }}
      />
      {query.isPending && <p role="status">Loading your referrals…</p>}
      {query.error && !shown && (
        <Problem title="Your referrals could not be loaded" message={plainError(query.error)} />
      )}
      {shown && (
        <>
          <WorklistTable rows={shown.rows} hrefFor={paths.referral} />
          <nav className="app-worklist-pages" aria-label="Pages of referrals">
            {page > 1 ? (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                data-testid="previous-page"
                onClick={() => {
                  navigate(listPaths.worklist(filters, page - 1));
                }}
              >
                Previous page
              </button>
            ) : (
              <span />
            )}
            {shown.next && shown.page === page && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                data-testid="next-page"
                onClick={() => {
                  navigate(listPaths.worklist(filters, page + 1));
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

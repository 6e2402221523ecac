import { useRef, useState, type ReactElement } from 'react';
import type { AppSession } from '../session';
import { Problem, plainError } from '../../ui/Problem';
import '../../ui/ui.scss';
import '../../casework/casework.scss';
import { CaseloadFilters } from '../../casework/CaseloadFilters';
import { CaseloadTable } from '../../casework/CaseloadTable';
import { CaseView } from './CaseScreen';
import { COUNTED_STATUSES, type CaseloadFilters as Filters } from '../../casework/caseloadQuery';
import { statusLabel } from '../../domain/labels';
import { useCaseload } from '../../casework/useCaseload';

/** The adviser's first screen: their organisation's caseload, and a case when one is opened. */
export function CaseloadHome({ session }: { session: AppSession }): ReactElement {
  const user = session.user;
  const org = user?.organisation?.reference;
  if (!user || !org) {
    return (
      <Problem
        title="Your organisation is not known"
        message="HJP Link could not tell which advice service you work for, so it cannot show a caseload. Ask your system administrator to check your role."
      />
    );
  }
  return (
    <Caseload session={session} org={org} user={{ reference: user.reference, organisation: { reference: org } }} />
  );
}

function Caseload({
  session,
  org,
  user,
}: {
  session: AppSession;
  org: string;
  user: { reference: string; organisation: { reference: string } };
}): ReactElement {
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [pageUrl, setPageUrl] = useState<string | undefined>();
  const [reloadKey, setReloadKey] = useState(0);
  const [openTask, setOpenTask] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const { page, counts } = useCaseload(session.gateway, org, filters, pageUrl, reloadKey);

  const back = (): void => {
    setOpenTask(undefined);
    setReloadKey((k) => k + 1);
    setTimeout(() => heading.current?.focus(), 0);
  };

  return (
    <>
      {openTask && <CaseView gateway={session.gateway} taskId={openTask} org={org} user={user} onBack={back} />}
      <div hidden={openTask !== undefined}>
        <h1 ref={heading} tabIndex={-1} className="app-step-heading">
          Caseload
        </h1>
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
          value={filters}
          onApply={(f) => {
            setFilters(f);
            setPageUrl(undefined);
          }}
        />
        {page.state === 'loading' && <p role="status">Loading cases…</p>}
        {page.state === 'failed' && (
          <Problem title="The caseload could not be loaded" message={plainError(page.error)} />
        )}
        {page.state === 'ready' && (
          <>
            <p className="nhsuk-body" role="status" data-testid="caseload-total">
              {page.value.total === undefined
                ? ''
                : `${page.value.total} case${page.value.total === 1 ? '' : 's'} found.`}
            </p>
            <CaseloadTable rows={page.value.rows} onOpen={setOpenTask} />
            <nav className="app-pagination" aria-label="Pages of cases">
              {page.value.previous ? (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary"
                  onClick={() => {
                    setPageUrl(page.value.previous);
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
                    setPageUrl(page.value.next);
                  }}
                >
                  Next page
                </button>
              )}
            </nav>
          </>
        )}
      </div>
    </>
  );
}

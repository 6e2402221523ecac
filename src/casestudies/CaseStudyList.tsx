import { useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { dateInText } from '../domain/dates';
import { paragraphsOf } from '../domain/narrativeText';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { Problem, plainError } from '../ui/Problem';
import { loadCaseStudies } from './api';
import { readCaseStudy } from './build';

/** The lead's view of a period's case studies: title, text and date only (the record sends no more). */
export function CaseStudyList({
  gateway,
  period,
}: {
  gateway: FhirGateway;
  period: { id: string; start: string; end: string };
}): ReactElement {
  const query = useQuery({
    queryKey: [...queryKeys.caseStudies(), period.id],
    queryFn: () => loadCaseStudies(gateway, period),
  });
  if (query.error) {
    return <Problem title="The case studies could not be loaded" message={plainError(query.error)} />;
  }
  if (!query.data) {
    return <p role="status">Loading the case studies…</p>;
  }
  if (query.data.length === 0) {
    return <p className="nhsuk-body">No case studies have been written for this period.</p>;
  }
  return (
    <div data-testid="case-studies">
      {query.data.map(readCaseStudy).map((study, i) => (
        <article key={study.id ?? i} className="app-report-case-study">
          <h3 className="nhsuk-heading-s">{study.title}</h3>
          {paragraphsOf(study.text).map((p, j) => (
            <p key={j} className="nhsuk-body">
              {p}
            </p>
          ))}
          {study.date && <p className="nhsuk-body-s">Written by the advice service, {dateInText(study.date)}.</p>}
        </article>
      ))}
    </div>
  );
}

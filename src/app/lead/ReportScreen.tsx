import { useQuery } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { Link } from 'wouter';
import type { PartnershipConfig } from '../../config/partnership';
import type { Period } from '../../evaluation/periods';
import { FunderReport } from '../../evaluation/report/FunderReport';
import { readNarrative } from '../../evaluation/report/narrative';
import { reportFiguresQuery, reportNarrativeQuery } from '../../evaluation/report/queries';
import type { FhirGateway } from '../../fhir/gateway';
import { StepHeading } from '../../ui/Heading';
import { Problem, plainError } from '../../ui/Problem';
import { paths } from '../paths';
import { recentYears } from './reportPeriod';

interface Props {
  gateway: FhirGateway;
  partnership: PartnershipConfig;
  period: Period;
  caseStudies: ReactNode;
}

/** The funder report for a financial year: on screen, and printed or saved as PDF from the browser. */
export function ReportScreen({ gateway, partnership, period, caseStudies }: Props): ReactElement {
  const figures = useQuery(reportFiguresQuery(gateway, period.id, partnership.evaluation.suppression));
  const narrative = useQuery(reportNarrativeQuery(gateway, period.id));
  const error: unknown = figures.error ?? narrative.error ?? undefined;
  const years = recentYears(new Date());
  return (
    <>
      <StepHeading caption={partnership.name}>{`Funder report ${period.id.replace(/^FY/, '')}`}</StepHeading>
      <nav className="app-no-print" aria-label="Report">
        <ul className="nhsuk-list">
          <li>
            <button
              type="button"
              className="nhsuk-button nhsuk-u-margin-bottom-2"
              onClick={() => {
                window.print();
              }}
            >
              Print or save as PDF
            </button>
          </li>
          <li>
            <Link href={paths.reportNarrative(period.id)}>Write the narrative for this report</Link>
          </li>
          <li>
            <Link href={paths.aboutPartnership}>About the partnership</Link>
          </li>
          {years
            .filter((y) => y.id !== period.id)
            .map((y) => (
              <li key={y.id}>
                <Link href={paths.report(y.id)}>{`Funder report ${y.id.replace(/^FY/, '')}`}</Link>
              </li>
            ))}
        </ul>
      </nav>
      {error !== undefined && <Problem title="The report could not be loaded" message={plainError(error)} />}
      {error === undefined && (!figures.data || narrative.data === undefined) && (
        <p role="status">Loading the report…</p>
      )}
      {figures.data && narrative.data !== undefined && (
        <FunderReport
          partnership={partnership}
          period={period}
          figures={figures.data}
          narrative={readNarrative(narrative.data ?? undefined)}
          caseStudies={caseStudies}
        />
      )}
    </>
  );
}

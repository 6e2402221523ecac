import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Link } from 'wouter';
import type { Period } from '../../evaluation/periods';
import { NarrativeForm } from '../../evaluation/report/NarrativeForm';
import { reportNarrativeQuery } from '../../evaluation/report/queries';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import { StepHeading } from '../../ui/Heading';
import { Problem, plainError } from '../../ui/Problem';
import { paths } from '../paths';

/** The lead writes the narrative of a period's funder report. */
export function NarrativeScreen({
  gateway,
  period,
  author,
}: {
  gateway: FhirGateway;
  period: Period;
  author: string;
}): ReactElement {
  const client = useQueryClient();
  const narrative = useQuery(reportNarrativeQuery(gateway, period.id));
  return (
    <>
      <div className="nhsuk-back-link">
        <Link href={paths.report(period.id)} className="nhsuk-back-link__link">
          Back to the funder report
        </Link>
      </div>
      <StepHeading caption={`Funder report ${period.id.replace(/^FY/, '')}`}>Write the narrative</StepHeading>
      <p className="nhsuk-body">
        Tell the story behind the figures. Each section’s text appears at the start of that section of the report. Do
        not include anything that could identify a client.
      </p>
      {narrative.error !== null && (
        <Problem title="The narrative could not be loaded" message={plainError(narrative.error)} />
      )}
      {narrative.isPending && <p role="status">Loading the narrative…</p>}
      {narrative.data !== undefined && (
        <NarrativeForm
          key={period.id}
          gateway={gateway}
          period={period}
          author={author}
          stored={narrative.data}
          onSaved={(saved) => {
            client.setQueryData(queryKeys.reportNarrative(period.id), saved);
          }}
        />
      )}
    </>
  );
}

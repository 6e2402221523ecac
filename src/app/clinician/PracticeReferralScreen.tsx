import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Link } from 'wouter';
import { PARTNERSHIP } from '../../config/partnership';
import { dateInText } from '../../domain/dates';
import { formatNhsNumber, formatPatientName } from '../../domain/patient';
import type { UserContext } from '../../domain/user';
import type { FhirGateway } from '../../fhir/gateway';
import { queryKeys } from '../../fhir/queryKeys';
import { referralAloneQuery } from '../../timeline/worklistQueries';
import { ReferralTimeline } from '../../timeline/ReferralTimeline';
import { StepHeading } from '../../ui/Heading';
import { plainError, Problem } from '../../ui/Problem';
import { NotFound } from '../NotFound';
import { paths } from '../paths';
import { NHS_NUMBER_SYSTEM } from '../../../fhir-profiles/src/canonical';

/** One referral opened from the practice worklist: the same timeline as in the patient's record, read only. */
export function PracticeReferralScreen({
  id,
  gateway,
  user,
}: {
  id: string;
  gateway: FhirGateway;
  user: UserContext;
}): ReactElement {
  const client = useQueryClient();
  const query = useQuery(referralAloneQuery(gateway, id));
  const back = (
    <div className="nhsuk-back-link">
      <Link href={paths.home} className="nhsuk-back-link__link">
        Back to your referrals
      </Link>
    </div>
  );
  if (query.isPending) {
    return (
      <>
        {back}
        <p role="status">Loading the referral…</p>
      </>
    );
  }
  if (query.error) {
    return (
      <>
        {back}
        <StepHeading>The referral could not be loaded</StepHeading>
        <Problem title="The referral could not be loaded" message={plainError(query.error)} />
      </>
    );
  }
  const found = query.data;
  if (!found) {
    return <NotFound />;
  }
  const { summary, patient } = found;
  const nhs = patient?.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  const changed = (): void => {
    void client.invalidateQueries({ queryKey: queryKeys.referral(id) });
    void client.invalidateQueries({ queryKey: queryKeys.worklist() });
  };
  return (
    <>
      {back}
      <StepHeading caption="Referral">Referral sent {dateInText(summary.serviceRequest.authoredOn)}</StepHeading>
      <p className="nhsuk-body" data-testid="referral-patient">
        {patient ? formatPatientName(patient.name) : 'Patient not shown'}
        {nhs ? `, NHS number ${formatNhsNumber(nhs)}` : ''}
      </p>
      <ReferralTimeline
        summary={summary}
        gateway={gateway}
        me={{ reference: user.reference, name: user.name }}
        config={PARTNERSHIP}
        onChanged={changed}
        renderEvidenceAnswer={() => null}
        readOnly
      />
    </>
  );
}

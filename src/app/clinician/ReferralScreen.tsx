import { useQueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { Link, useRoute } from 'wouter';
import { PARTNERSHIP } from '../../config/partnership';
import type { ServiceRequest } from 'fhir/r4';
import { dateInText } from '../../domain/dates';
import { daysAfter } from '../../domain/dateInput';
import { referralReference } from '../../domain/caseRef';
import type { UserContext } from '../../domain/user';
import { EvidenceRequestItem } from '../../evidence/EvidenceRequestItem';
import { ConsentWithdrawn } from '../../consent/ConsentWithdrawn';
import { queryKeys } from '../../fhir/queryKeys';
import { ReferralTimeline } from '../../timeline/ReferralTimeline';
import { StepHeading } from '../../ui/Heading';
import { NotFound } from '../NotFound';
import { paths } from '../paths';
import type { AppSession } from '../session';
import type { ClinicianData } from './data';

function BackToReferrals(): ReactElement {
  return (
    <div className="nhsuk-back-link">
      <Link href={paths.home} className="nhsuk-back-link__link">
        Back to all referrals
      </Link>
    </div>
  );
}

/** The confirmation: one "Referral sent" heading (the page's h1), the reference, and what happens next and by when. */
function SentPanel({ referral }: { referral: ServiceRequest }): ReactElement {
  const days = PARTNERSHIP.targets.firstContactDays;
  const reference = referralReference(referral);
  return (
    <>
      <div className="nhsuk-panel nhsuk-panel--confirmation" data-testid="referral-sent">
        <StepHeading title="Referral sent" className="nhsuk-panel__title app-step-heading">
          Referral sent
        </StepHeading>
        {reference && (
          <div className="nhsuk-panel__body">
            Your reference
            <br />
            <strong className="app-reference" data-testid="referral-reference">
              {reference}
            </strong>
          </div>
        )}
      </div>
      <h2>What happens next</h2>
      <p data-testid="what-happens-next">
        {PARTNERSHIP.adviceOrganisation.display} will contact the patient by{' '}
        <strong>{dateInText(daysAfter(referral.authoredOn, days))}</strong> (within {days} days)
        {referral.priority === 'urgent' ? ', and sooner because the referral is urgent' : ''}.
      </p>
      <p>Their updates and messages appear on this referral’s timeline below.</p>
    </>
  );
}

/** One referral: its timeline (/referrals/:id), the confirmation after sending (…/sent), or one evidence request. */
export function ReferralScreen({
  id,
  session,
  user,
  data,
  refreshing,
  onChanged,
}: {
  id: string;
  session: AppSession;
  user: UserContext;
  data: ClinicianData;
  /** The referrals are being read again (just after a send, the new one may not be in them yet). */
  refreshing: boolean;
  onChanged: () => void;
}): ReactElement {
  const client = useQueryClient();
  const [sent] = useRoute('/referrals/:id/sent');
  const [asked, evidence] = useRoute<{ id: string; taskId: string }>('/referrals/:id/evidence/:taskId');
  const viewed = data.referrals.find((r) => r.serviceRequest.id === id);
  if (!viewed) {
    return refreshing ? <p role="status">Loading the referral…</p> : <NotFound />;
  }
  const me = { reference: user.reference, name: user.name };
  const changed = (): void => {
    void client.invalidateQueries({ queryKey: queryKeys.referral(id) });
    onChanged();
  };
  const answerForm = (request: NonNullable<typeof viewed.task>, onAnswered: () => void): ReactElement => (
    <EvidenceRequestItem request={request} gateway={session.gateway} sender={user.reference} onAnswered={onAnswered} />
  );
  if (asked) {
    const request = viewed.evidenceRequests.find((t) => t.id === evidence.taskId);
    return (
      <>
        <div className="nhsuk-back-link">
          <Link href={paths.referral(id)} className="nhsuk-back-link__link">
            Back to the referral
          </Link>
        </div>
        <StepHeading caption="Referral">Medical evidence requested</StepHeading>
        {request && request.owner?.reference === user.reference ? (
          <div data-testid="evidence-request-screen">
            <p className="nhsuk-body">{request.description}</p>
            {answerForm(request, changed)}
          </div>
        ) : (
          <p className="nhsuk-body">This evidence request is not one asked of you, or it is no longer open.</p>
        )}
      </>
    );
  }
  return (
    <>
      <BackToReferrals />
      {sent ? (
        <SentPanel referral={viewed.serviceRequest} />
      ) : (
        <StepHeading caption="Referral" title={`Referral sent ${dateInText(viewed.serviceRequest.authoredOn)}`}>
          Referral sent {dateInText(viewed.serviceRequest.authoredOn)}
        </StepHeading>
      )}
      <ConsentWithdrawn
        request={viewed.serviceRequest}
        consents={data.consents}
        adviceOrg={PARTNERSHIP.adviceOrganisation.display}
      />
      <ReferralTimeline
        summary={viewed}
        gateway={session.gateway}
        me={me}
        config={PARTNERSHIP}
        onChanged={changed}
        renderEvidenceAnswer={answerForm}
      />
    </>
  );
}

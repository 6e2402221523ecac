import { lazy, Suspense, useCallback, useEffect, useState, type ReactElement } from 'react';
import type { AppSession } from '../session';
import { PARTNERSHIP } from '../../config/partnership';
import { plainError, Problem } from '../../ui/Problem';
import { Button } from '../../ui/Button';
import { StepHeading } from '../../ui/Heading';
import { PatientReferrals } from '../../timeline/PatientReferrals';
import { loadClinicianData, type ClinicianData } from './data';
import { useDraft } from './useDraft';
import { EvidenceRequestItem } from '../../evidence/EvidenceRequestItem';
import '../../ui/ui.scss';
import { dateInText } from '../../domain/dates';

// The first screen is small; the flow and the timeline are their own chunks, fetched in the
// background once the first screen shows (so "Start" does not wait for them).
const loadFlow = () => import('./ReferralFlow');
const loadTimeline = () => import('../../timeline/ReferralTimeline');
const ReferralFlow = lazy(() => loadFlow().then((m) => ({ default: m.ReferralFlow })));
const ReferralTimeline = lazy(() => loadTimeline().then((m) => ({ default: m.ReferralTimeline })));
const loading = <p role="status">Loading…</p>;

/** The clinician's screens (GP or ward staff, patient in context): where the patient stands, then screen and refer. */
export function ClinicianHome({ session }: { session: AppSession }): ReactElement {
  const patientId = session.context.patientId ?? '';
  const [data, setData] = useState<ClinicianData | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [viewing, setViewing] = useState<string | undefined>();
  const [justSent, setJustSent] = useState<string | undefined>();
  const [draft, updateDraft, resetDraft] = useDraft(patientId);

  const [version, setVersion] = useState(0);
  const load = useCallback(() => {
    setVersion((v) => v + 1);
  }, []);
  useEffect(() => {
    let live = true;
    loadClinicianData(session.gateway, patientId, PARTNERSHIP).then(
      (d) => {
        if (!live) {
          return;
        }
        setData(d);
        setError(undefined);
        void loadFlow().catch(() => undefined);
        void loadTimeline().catch(() => undefined);
      },
      (err: unknown) => {
        if (live) {
          setError(plainError(err));
        }
      },
    );
    return () => {
      live = false;
    };
  }, [session.gateway, patientId, version]);

  const user = session.user;
  if (!user) {
    return (
      <Problem
        title="We do not know who you are"
        message="HJP Link could not read your user record. Open it again from the patient record."
      />
    );
  }
  if (error) {
    return (
      <>
        <StepHeading>Welfare needs</StepHeading>
        <Problem title="HJP Link could not load this patient’s information" message={error}>
          <Button
            kind="secondary"
            onClick={() => {
              setError(undefined);
              load();
            }}
          >
            Try again
          </Button>
        </Problem>
      </>
    );
  }
  if (!data) {
    return <p role="status">Loading this patient’s referrals…</p>;
  }

  const viewed = viewing ? data.referrals.find((r) => r.serviceRequest.id === viewing) : undefined;
  if (viewed) {
    return (
      <>
        <div className="nhsuk-back-link">
          <button
            type="button"
            className="nhsuk-back-link__link app-link-button"
            onClick={() => {
              setViewing(undefined);
              setJustSent(undefined);
            }}
          >
            Back to all referrals
          </button>
        </div>
        {justSent === viewed.serviceRequest.id && (
          <div className="nhsuk-panel nhsuk-panel--confirmation" data-testid="referral-sent">
            <h2 className="nhsuk-panel__title">Referral sent</h2>
            <div className="nhsuk-panel__body">
              {PARTNERSHIP.adviceOrganisation.display} will contact the patient. Updates and messages appear below.
            </div>
          </div>
        )}
        <StepHeading caption="Referral">Referral sent {dateInText(viewed.serviceRequest.authoredOn)}</StepHeading>
        <Suspense fallback={loading}>
          <ReferralTimeline
            summary={viewed}
            gateway={session.gateway}
            me={{ reference: user.reference, name: user.name }}
            config={PARTNERSHIP}
            onChanged={load}
            renderEvidenceAnswer={(request, onAnswered) => (
              <EvidenceRequestItem
                request={request}
                gateway={session.gateway}
                sender={user.reference}
                onAnswered={onAnswered}
              />
            )}
          />
        </Suspense>
      </>
    );
  }

  if (draft.step !== 'overview') {
    return (
      <Suspense fallback={loading}>
        <ReferralFlow
          session={session}
          user={user}
          data={data}
          draft={draft}
          updateDraft={updateDraft}
          onSent={(serviceRequestId) => {
            resetDraft();
            setJustSent(serviceRequestId);
            setViewing(serviceRequestId);
            load();
          }}
          onExit={() => {
            updateDraft((d) => ({ ...d, step: 'overview' }));
          }}
        />
      </Suspense>
    );
  }

  const open = data.referrals.filter((r) => r.open);
  return (
    <>
      <StepHeading>Welfare needs</StepHeading>
      <p data-testid="home-intro">
        Check this patient’s welfare needs and refer them to {PARTNERSHIP.adviceOrganisation.display}.
      </p>
      {open.length > 0 && (
        <div className="nhsuk-warning-callout" data-testid="open-referral-warning">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>This patient already has an open referral
            </span>
          </h2>
          <p>Check it before you make another one: a second referral for the same problem delays help.</p>
        </div>
      )}
      <PatientReferrals referrals={data.referrals} onOpen={setViewing} />
      <Button
        testId="start-checklist"
        kind={open.length > 0 ? 'secondary' : 'primary'}
        onClick={() => {
          updateDraft((d) => ({ ...d, step: 'checklist' }));
        }}
      >
        {startLabel(Object.keys(draft.answers).length > 0, open.length > 0)}
      </Button>
    </>
  );
}

function startLabel(started: boolean, hasOpenReferral: boolean): string {
  if (started) {
    return 'Continue the welfare checklist';
  }
  return hasOpenReferral ? 'Start a new checklist anyway' : 'Start the welfare checklist';
}

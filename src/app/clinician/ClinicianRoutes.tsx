import { Suspense, useEffect, type ReactElement } from 'react';
import { Route, Switch } from 'wouter';
import { Button } from '../../ui/Button';
import { StepHeading } from '../../ui/Heading';
import { plainError, Problem } from '../../ui/Problem';
import '../../ui/ui.scss';
import { NotFound } from '../NotFound';
import type { AppSession } from '../session';
import { ClinicianHome } from './ClinicianHome';
import { useClinicianData } from './useClinicianData';
import { useDraft } from './useDraft';
import { useResumeDraft } from './useResumeDraft';
import { preloadable } from '../preloadable';
import type { FlowStep } from '../paths';
import { sessionLimits } from '../scopeNotice';

// The first screen is small; the flow and the referral screens are their own chunks, fetched in
// the background once the first screen shows (so "Start" does not wait for them).
const FETCH_FLOW_AFTER_MS = 100;

// Run by Screens.tsx before the first render (this chunk's one export besides the screens).
export { prepareFirstScreen } from './prepareFirstScreen';
const flow = preloadable(
  () => import('./ReferralFlow'),
  (m) => m.ReferralFlow,
);
const referral = preloadable(
  () => import('./ReferralScreen'),
  (m) => m.ReferralScreen,
);
const ReferralFlow = flow.Component;
const ReferralScreen = referral.Component;
const loading = <p role="status">Loading…</p>;
const STEPS: readonly FlowStep[] = ['checklist', 'needs', 'consent', 'details', 'check'];

/** The clinician's screens (GP or ward staff, patient in context), each at its own URL. */
export function ClinicianRoutes({ session }: { session: AppSession }): ReactElement {
  const patientId = session.context.patientId ?? '';
  const load = useClinicianData(session.gateway, patientId);
  const [draft, updateDraft, resetDraft] = useDraft(patientId);
  const user = session.user;
  useResumeDraft(session.gateway, patientId, user?.reference, draft, updateDraft);
  const ready = load.state === 'ready';
  useEffect(() => {
    if (!ready) {
      return undefined;
    }
    // After the first screen is painted, not while it is: fetching and compiling the flow's code
    // then would hold back the screen the clinician is waiting for.
    const later = setTimeout(() => {
      flow.preload().catch(() => undefined);
      referral.preload().catch(() => undefined);
    }, FETCH_FLOW_AFTER_MS);
    return () => {
      clearTimeout(later);
    };
  }, [ready]);
  if (!user) {
    return (
      <Problem
        title="We do not know who you are"
        message="HJP Link could not read your user record. Open it again from the patient record."
      />
    );
  }
  if (load.state === 'failed') {
    return (
      <>
        <StepHeading>Welfare needs</StepHeading>
        <Problem title="HJP Link could not load this patient’s information" message={plainError(load.error)}>
          <Button kind="secondary" onClick={load.retry}>
            Try again
          </Button>
        </Problem>
      </>
    );
  }
  if (load.state === 'loading') {
    return <p role="status">Loading this patient’s referrals…</p>;
  }
  const { data, refresh, refreshing } = load;
  // An EHR that did not grant the writes a referral needs: the user was told at launch, and Send is not offered.
  const { canRefer } = sessionLimits(session);
  return (
    <Suspense fallback={loading}>
      <Switch>
        <Route path="/">
          <ClinicianHome data={data} draft={draft} me={user.reference} canRefer={canRefer} />
        </Route>
        <Route<{ step: string }> path="/refer/:step">
          {({ step }) =>
            STEPS.includes(step as FlowStep) && canRefer ? (
              <ReferralFlow
                key={step}
                step={step as FlowStep}
                session={session}
                user={user}
                data={data}
                draft={draft}
                updateDraft={updateDraft}
                onSent={() => {
                  resetDraft();
                  refresh();
                }}
                onConsentsChanged={refresh}
                onDiscarded={resetDraft}
              />
            ) : (
              <NotFound />
            )
          }
        </Route>
        <Route<{ id: string; rest?: string }> path="/referrals/:id/*?">
          {({ id }) => (
            <ReferralScreen
              id={id}
              session={session}
              user={user}
              data={data}
              refreshing={refreshing}
              onChanged={refresh}
            />
          )}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}

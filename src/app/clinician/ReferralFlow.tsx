import { useMemo, useRef, useState, type ReactElement } from 'react';
import { useLocation } from 'wouter';
import type { AppSession } from '../session';
import type { UserContext } from '../../domain/user';
import { PARTNERSHIP } from '../../config/partnership';
import { ConsentStep } from '../../consent/ConsentStep';
import { consentDecision } from '../../domain/consent/decision';
import { deriveNeeds } from '../../needs/needs';
import { NeedsSummary } from '../../needs/NeedsSummary';
import { defaultPriority } from '../../needs/urgency';
import type { Draft } from './draft';
import { ReferralFormStep } from '../../referral/ReferralFormStep';
import { ReferralBlockedError, ReferralOutcomeUnknownError, submitReferral } from '../../referral/submit';
import { Checklist } from '../../screening/Checklist';
import { buildQuestionnaireResponse } from '../../domain/screening/response';
import { BackLink, Button } from '../../ui/Button';
import { StepHeading } from '../../ui/Heading';
import { plainError, Problem } from '../../ui/Problem';
import { loadConsents, saveDecision } from '../../consent/api';
import { planDecision, type DecisionContext } from '../../consent/decisionPlan';
import { refusalSaved } from '../../consent/decisionMessage';
import { emptyConsentForm } from '../../consent/form';
import { decisionForReferral, openReferralConsent } from '../../consent/inForce';
import { linkedConsent } from '../../consent/withdrawal';
import { saveScreening } from '../../screening/api';
import type { ClinicianData } from './data';
import { paths, type FlowStep } from '../paths';

interface Props {
  /** The step this URL shows (/refer/:step). */
  step: FlowStep;
  session: AppSession;
  user: UserContext;
  data: ClinicianData;
  draft: Draft;
  updateDraft: (change: (d: Draft) => Draft) => void;
  /** After a referral is sent (the draft is done with; what the patient has on record changed). */
  onSent: () => void;
  /** After a consent decision is saved (the patient's consents are read again). */
  onConsentsChanged: () => void;
}

const DRAFT_STEP: Record<FlowStep, Draft['step']> = {
  checklist: 'checklist',
  needs: 'needs',
  consent: 'consent',
  details: 'referral',
};

/** Checklist → needs → consent → referral, all kept in the draft; the submit is one idempotent transaction. */
export function ReferralFlow({
  step,
  session,
  user,
  data,
  draft,
  updateDraft,
  onSent,
  onConsentsChanged,
}: Props): ReactElement {
  const [, navigate] = useLocation();
  const onExit = (): void => {
    navigate(paths.home);
  };
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; message: string; retry?: () => void } | undefined>();
  const patientId = draft.patientId;
  const encounterId = session.context.encounterId;
  const needs = useMemo(() => deriveNeeds(data.questionnaire, draft.answers), [data.questionnaire, draft.answers]);
  const now = new Date();
  const org = PARTNERSHIP.adviceOrganisation;
  // The decision being recorded: its identifier changes with every answer, so each saved decision is its own record.
  const decisionContext: DecisionContext = {
    identifier: draft.consentId,
    referralId: draft.referralId,
    patientId,
    recordingOrg: user.organisation?.reference ?? '',
    recordedBy: user.reference,
    adviceOrg: org,
    periodMonths: PARTNERSHIP.consent.defaultPeriodMonths,
    now,
  };
  const go = (next: FlowStep): void => {
    setProblem(undefined);
    updateDraft((d) => ({ ...d, step: DRAFT_STEP[next] }));
    navigate(paths.step(next));
  };
  const screening = (status: 'completed' | 'in-progress') =>
    buildQuestionnaireResponse({
      identifier: draft.screeningId,
      questionnaire: data.questionnaire,
      answers: draft.answers,
      patientId,
      encounterId,
      author: user.reference,
      authored: now,
      status,
    });

  const finishChecklist = async (): Promise<void> => {
    setBusy(true);
    try {
      await saveScreening(session.gateway, screening('completed'));
      updateDraft((d) => ({ ...d, screeningSaved: true, step: 'needs' }));
      navigate(paths.step('needs'));
    } catch (err) {
      // The answers stay in the draft; the referral transaction saves them too.
      setProblem({
        title: 'The answers were not saved yet',
        message: plainError(err),
        retry: () => {
          void finishChecklist();
        },
      });
    } finally {
      setBusy(false);
    }
  };

  const toConsent = (): void => {
    updateDraft((d) => ({
      ...d,
      step: 'consent',
      form:
        d.form.areas.length > 0
          ? d.form
          : {
              ...d.form,
              areas: needs.areas.filter((a) => PARTNERSHIP.areasCovered.includes(a)),
              priority: defaultPriority(needs.urgentReasons, PARTNERSHIP.urgency),
              urgentReasons: needs.urgentReasons,
            },
    }));
    navigate(paths.step('consent'));
  };

  const consentQuery = { patientId, adviceOrg: org.reference, now, referral: draft.referralId };
  const existing = decisionForReferral(data.consents, consentQuery).decision;
  const evidence = consentDecision(data.consents, { ...consentQuery, coverage: 'medical-evidence' });
  const openReferral = openReferralConsent(
    data.consents,
    { patientId, adviceOrg: org.reference, now },
    data.referrals
      .filter((r) => r.open)
      .map((r) => ({ sentOn: r.serviceRequest.authoredOn, consent: linkedConsent(r.serviceRequest) })),
  );

  const record = async (): Promise<void> => {
    const plan = planDecision(draft.consent, decisionContext, openReferral);
    if (!plan) {
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      // "Save" saves whatever was chosen: an agreement as much as a refusal.
      await saveDecision(session.gateway, plan, decisionContext);
      onConsentsChanged();
    } catch (err) {
      setProblem({
        title: 'The decision was not saved',
        message: plainError(err),
        retry: () => {
          void record();
        },
      });
      return;
    } finally {
      setBusy(false);
    }
    if (plan.agrees) {
      go('details');
    } else {
      setProblem(refusalSaved(plan, openReferral, org.display));
    }
  };

  const sending = useRef(false);
  const send = async (): Promise<void> => {
    if (sending.current) {
      return;
    } // a double click sends once (and the server would dedupe anyway)
    sending.current = true;
    setBusy(true);
    setProblem(undefined);
    try {
      // The latest decision in force at sending, read again now (a decision saved in another tab counts too).
      const consents = await loadConsents(session.gateway, patientId);
      const consent = { existing: decisionForReferral(consents, { ...consentQuery, now: new Date() }).link };
      const result = await submitReferral(
        session.gateway,
        {
          form: draft.form,
          parties: {
            referralId: draft.referralId,
            patientId,
            encounterId,
            requester: user.reference,
            adviceOrg: org,
            now: new Date(),
          },
          requesterOrg: user.organisation?.reference,
          questionnaireResponse: screening('completed'),
          consent,
        },
        consents,
        org.reference,
      );
      onSent();
      // The confirmation replaces the form in history: Back from it does not offer to send again.
      navigate(paths.sent(result.serviceRequestId), { replace: true });
    } catch (err) {
      if (err instanceof ReferralBlockedError) {
        setProblem({ title: 'The referral cannot be sent', message: `${err.message} ${err.decision?.whatToDo ?? ''}` });
      } else if (err instanceof ReferralOutcomeUnknownError) {
        setProblem({
          title: 'We could not check whether the referral was sent',
          message:
            'The record system did not answer. Check your connection and try again: your referral is kept, and it will not be sent twice.',
          retry: () => {
            void send();
          },
        });
      } else {
        setProblem({
          title: 'The referral was not sent',
          message: `${plainError(err)} Your referral is kept: you can send it again safely.`,
          retry: () => {
            void send();
          },
        });
      }
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const problemBox = problem && (
    <Problem title={problem.title} message={problem.message}>
      {problem.retry && (
        <Button kind="secondary" testId="retry" onClick={problem.retry}>
          Try again
        </Button>
      )}
    </Problem>
  );

  switch (step) {
    case 'checklist':
      return (
        <>
          <BackLink onClick={onExit}>Back to referrals</BackLink>
          <StepHeading caption="Step 1 of 5">Welfare checklist</StepHeading>
          <p>Ask the patient each question. Answers are kept on this device until you finish.</p>
          <Checklist
            questionnaire={data.questionnaire}
            answers={draft.answers}
            onAnswers={(answers) => {
              updateDraft((d) => ({ ...d, answers, screeningSaved: false }));
            }}
          />
          {problemBox}
          <Button
            busy={busy}
            testId="finish-checklist"
            onClick={() => {
              void finishChecklist();
            }}
          >
            Finish the checklist
          </Button>
          {problem?.retry && (
            <Button
              kind="secondary"
              onClick={() => {
                go('needs');
              }}
            >
              Continue without saving now
            </Button>
          )}
        </>
      );
    case 'needs':
      return (
        <>
          <BackLink
            onClick={() => {
              go('checklist');
            }}
          >
            Back to the checklist
          </BackLink>
          <StepHeading caption="Step 2 of 5">Welfare needs found</StepHeading>
          <NeedsSummary needs={needs} config={PARTNERSHIP} />
          <Button testId="to-consent" onClick={toConsent}>
            Refer to {org.display}
          </Button>{' '}
          <Button kind="secondary" onClick={onExit}>
            Finish without a referral
          </Button>
        </>
      );
    case 'consent':
      return (
        <>
          <BackLink
            onClick={() => {
              go('needs');
            }}
          >
            Back to the needs
          </BackLink>
          <StepHeading caption="Step 3 of 5">Consent to share</StepHeading>
          {problemBox}
          <ConsentStep
            decision={existing}
            evidenceAllowed={evidence.allowed}
            form={draft.consent}
            recorder={user.name}
            config={PARTNERSHIP}
            openReferral={openReferral}
            saving={busy}
            onForm={(consent) => {
              updateDraft((d) => ({ ...d, consent, consentId: crypto.randomUUID() }));
            }}
            onUseExisting={() => {
              updateDraft((d) => ({
                ...d,
                consent: emptyConsentForm(),
                step: 'referral',
              }));
              navigate(paths.step('details'));
            }}
            onRecord={() => {
              void record();
            }}
          />
        </>
      );
    case 'details':
      return (
        <>
          <BackLink
            onClick={() => {
              go('consent');
            }}
          >
            Back to consent
          </BackLink>
          <StepHeading caption="Step 4 of 5" title="Referral details">
            Referral to {org.display}
          </StepHeading>
          {problemBox}
          <ReferralFormStep
            form={draft.form}
            config={PARTNERSHIP}
            sending={busy}
            onForm={(form) => {
              updateDraft((d) => ({ ...d, form }));
            }}
            onSubmit={() => {
              void send();
            }}
          />
        </>
      );
  }
}

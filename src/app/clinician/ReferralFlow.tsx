import { useMemo, useRef, useState, type ReactElement } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { AppSession } from '../session';
import type { UserContext } from '../../domain/user';
import { PARTNERSHIP } from '../../config/partnership';
import { ConsentStep } from '../../consent/ConsentStep';
import { consentDecision } from '../../domain/consent/decision';
import { deriveNeeds } from '../../needs/needs';
import { NeedsSummary } from '../../needs/NeedsSummary';
import { SafeguardingPrompt } from '../../needs/SafeguardingPrompt';
import { defaultPriority } from '../../needs/urgency';
import type { Draft } from './draft';
import { ReferralFormStep } from '../../referral/ReferralFormStep';
import { contactFromPatient, interpreterFromPatient } from '../../referral/form';
import { readWard } from '../../referral/api';
import { ReferralBlockedError, ReferralOutcomeUnknownError, submitReferral } from '../../referral/submit';
import { Checklist } from '../../screening/Checklist';
import { buildQuestionnaireResponse } from '../../domain/screening/response';
import { BackLink, Button } from '../../ui/Button';
import { StepHeading } from '../../ui/Heading';
import { plainError, Problem } from '../../ui/Problem';
import { saveDecision } from '../../consent/api';
import { loadConsents } from '../../consent/read';
import { planDecision, type DecisionContext } from '../../consent/decisionPlan';
import { refusalSaved } from '../../consent/decisionMessage';
import { emptyConsentForm } from '../../consent/form';
import { decisionForReferral, openReferralConsent } from '../../consent/inForce';
import { linkedConsent } from '../../consent/withdrawal';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckAnswers, RETURN_TO_CHECK } from './CheckAnswers';
import { checkRows } from './checkRows';
import { NoNeedsQuestion } from './NoNeedsQuestion';
import { DraftSaveStatus } from './DraftSaveStatus';
import { useScreeningDraft } from './useScreeningDraft';
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
  /** After "Discard this draft": a new draft starts. */
  onDiscarded: () => void;
}

const DRAFT_STEP: Record<FlowStep, Draft['step']> = {
  checklist: 'checklist',
  needs: 'needs',
  consent: 'consent',
  details: 'referral',
  check: 'check',
};

const STEPS = 5;
const caption = (n: number): string => `Step ${n} of ${STEPS}`;

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
  onDiscarded,
}: Props): ReactElement {
  const [, navigate] = useLocation();
  // Reached from a "Change" link on the check-your-answers page: going on returns there.
  const returning = new URLSearchParams(useSearch()).get('return') === RETURN_TO_CHECK.split('=')[1];
  const [askNoNeeds, setAskNoNeeds] = useState(false);
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
  /** Forward to `next`, or back to the check page when this step was opened from it. */
  const forward = (next: FlowStep): void => {
    go(returning ? 'check' : next);
  };
  const screening = (status: 'completed' | 'in-progress' | 'stopped') =>
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

  const serverDraft = useScreeningDraft(session.gateway, draft, updateDraft, screening, step === 'checklist');
  const discard = async (): Promise<void> => {
    setBusy(true);
    try {
      if (draft.server) {
        await serverDraft.saveNow('stopped');
      }
      onDiscarded();
      navigate(paths.home);
    } catch (err) {
      setProblem({ title: 'The draft was not discarded', message: plainError(err) });
    } finally {
      setBusy(false);
    }
  };

  const finishChecklist = async (): Promise<void> => {
    if (Object.keys(draft.answers).length === 0) {
      // Nothing answered: ask, rather than save an empty "completed" screening.
      setAskNoNeeds(true);
      return;
    }
    setBusy(true);
    try {
      await serverDraft.saveNow('completed');
      updateDraft((d) => ({ ...d, screeningSaved: true, step: 'needs' }));
      forward('needs');
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
              interpreterLanguage: d.form.interpreterLanguage || interpreterFromPatient(session.patient),
              ...contactFromPatient(session.patient),
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
      forward('details');
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
      const ward = encounterId ? await readWard(session.gateway, encounterId) : undefined;
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
            ward,
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

  // The problem shows next to the button that failed; the error summary at the top links to it.
  const problemSummary = problem && <ErrorSummary errors={[{ href: 'step-problem', message: problem.title }]} />;
  const problemBox = problem && (
    <Problem id="step-problem" announce={false} title={problem.title} message={problem.message}>
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
          <StepHeading caption={caption(1)}>Welfare checklist</StepHeading>
          {problemSummary}
          <p>
            Ask the patient each question. The answers are saved to the patient’s record as you go, as a draft only you
            can see, until you finish.
          </p>
          <DraftSaveStatus state={serverDraft.state} />
          <Checklist
            questionnaire={data.questionnaire}
            answers={draft.answers}
            onAnswers={(answers) => {
              setAskNoNeeds(false);
              updateDraft((d) => ({ ...d, answers, screeningSaved: false, unsaved: true }));
            }}
          />
          <SafeguardingPrompt needs={needs} config={PARTNERSHIP} />
          {askNoNeeds && (
            <NoNeedsQuestion
              onNoNeeds={onExit}
              onBack={() => {
                setAskNoNeeds(false);
              }}
            />
          )}
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
                forward('needs');
              }}
            >
              Continue without saving now
            </Button>
          )}
          {Object.keys(draft.answers).length > 0 && (
            <p>
              <Button
                kind="secondary"
                testId="discard-draft"
                busy={busy}
                onClick={() => {
                  void discard();
                }}
              >
                Discard this draft
              </Button>
            </p>
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
          <StepHeading caption={caption(2)}>Welfare needs found</StepHeading>
          <SafeguardingPrompt needs={needs} config={PARTNERSHIP} />
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
          <StepHeading caption={caption(3)}>Consent to share</StepHeading>
          {problemSummary}
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
              navigate(paths.step(returning ? 'check' : 'details'));
            }}
            onRecord={() => {
              void record();
            }}
          />
          {problemBox}
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
          <StepHeading caption={caption(4)} title="Referral details">
            Referral to {org.display}
          </StepHeading>
          <ReferralFormStep
            form={draft.form}
            config={PARTNERSHIP}
            onForm={(form) => {
              updateDraft((d) => ({ ...d, form }));
            }}
            onSubmit={() => {
              go('check');
            }}
          />
        </>
      );
    case 'check':
      return (
        <>
          <BackLink
            onClick={() => {
              go('details');
            }}
          >
            Back to the referral details
          </BackLink>
          <StepHeading caption={caption(5)} title="Check your answers">
            Check your answers before sending the referral
          </StepHeading>
          {problemSummary}
          <CheckAnswers
            rows={checkRows({
              needs,
              form: draft.form,
              // The decision was saved at the consent step: the one in force is what the referral links.
              consent: { onRecordSince: existing.allowed ? existing.consent.dateTime : undefined },
            })}
          />
          <h2>Now send the referral</h2>
          <p>By sending it you confirm the patient agreed to share these details with {org.display}.</p>
          {problemBox}
          <Button
            busy={busy}
            testId="send-referral"
            onClick={() => {
              void send();
            }}
          >
            {busy ? 'Sending…' : 'Send the referral'}
          </Button>
        </>
      );
  }
}

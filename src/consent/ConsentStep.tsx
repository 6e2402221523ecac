import { useState, type ReactElement } from 'react';
import type { Consent } from 'fhir/r4';
import type { PartnershipConfig } from '../config/partnership';
import type { ConsentForm } from './form';
import { Button } from '../ui/Button';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary';
import { Radios } from '../ui/Radios';
import type { ConsentDecision } from '../domain/consent/decision';
import { dateInText } from '../domain/dates';
import type { OpenReferralConsent } from './decisionPlan';
import { withdrawQuestion } from './decisionMessage';

const YES_NO = [
  { value: 'yes', label: 'Yes, the patient agrees' },
  { value: 'no', label: 'No, the patient does not agree' },
] as const;
const WITHDRAW = [
  { value: 'no', label: 'No, this new referral only' },
  { value: 'yes', label: 'Yes, withdraw consent for the open referral too' },
] as const;
const METHODS = [
  { value: 'verbal', label: 'Verbally' },
  { value: 'written', label: 'In writing' },
] as const;

function day(value: string | undefined): string {
  return dateInText(value, 'not recorded');
}

/** Shows the consent that permits the referral, or records the patient's decision. */
export function ConsentStep(props: {
  decision: ConsentDecision;
  evidenceAllowed: boolean;
  form: ConsentForm;
  recorder: string;
  config: PartnershipConfig;
  /** The consent of the patient's open referral(s), which a refusal may also withdraw (only if chosen). */
  openReferral: OpenReferralConsent | undefined;
  /** Saving is under way. */
  saving: boolean;
  onForm: (form: ConsentForm) => void;
  onUseExisting: (consent: Consent) => void;
  onRecord: () => void;
}): ReactElement {
  const { decision, form, config } = props;
  const [recording, setRecording] = useState(!decision.allowed);
  const [errors, setErrors] = useState<FieldError[]>([]);

  if (decision.allowed && !recording) {
    const c = decision.consent;
    return (
      <div data-testid="consent-found">
        <div className="nhsuk-card nhsuk-card--feature">
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h2 className="nhsuk-card__heading nhsuk-card__heading--feature">Consent is on record</h2>
            <p>{decision.reason}</p>
            <p>
              Medical evidence:{' '}
              {props.evidenceAllowed
                ? 'the patient also agreed to share medical evidence.'
                : 'the patient has not agreed to share medical evidence.'}
            </p>
            <p>
              Valid from {day(c.provision?.period?.start)} to {day(c.provision?.period?.end)}.
            </p>
          </div>
        </div>
        <Button
          testId="consent-continue"
          onClick={() => {
            props.onUseExisting(c);
          }}
        >
          Continue to the referral
        </Button>{' '}
        <Button
          kind="secondary"
          onClick={() => {
            setRecording(true);
          }}
        >
          Record a new decision
        </Button>
      </div>
    );
  }

  const submit = (): void => {
    const found: FieldError[] = [];
    if (!form.agreesToReferral) {
      found.push({ href: 'consent-referral', message: 'Select whether the patient agrees to the referral' });
    }
    if (!form.method) {
      found.push({ href: 'consent-method', message: 'Select how the patient gave their decision' });
    }
    if (form.agreesToReferral === 'yes' && !form.agreesToEvidence) {
      found.push({ href: 'consent-evidence', message: 'Select whether the patient agrees to share medical evidence' });
    }
    if (form.agreesToReferral === 'no' && props.openReferral && !form.withdrawOpen) {
      found.push({
        href: 'consent-withdraw',
        message: 'Select whether this also withdraws the consent for the open referral',
      });
    }
    setErrors(found);
    if (found.length === 0) {
      props.onRecord();
    }
  };
  const err = (href: string): string | undefined => errors.find((e) => e.href === href)?.message;

  return (
    <div data-testid="consent-record">
      <ErrorSummary errors={errors} />
      {!decision.allowed && (
        <div className="nhsuk-inset-text" data-testid="consent-missing">
          <p>{decision.reason}</p>
          <p>{decision.whatToDo}</p>
        </div>
      )}
      <p>Ask the patient. Read this to them:</p>
      <p className="nhsuk-body-l">“{config.consent.referralWording}”</p>
      <Radios
        id="consent-referral"
        name="agreesToReferral"
        legend="Does the patient agree to the referral?"
        choices={YES_NO}
        value={form.agreesToReferral}
        error={err('consent-referral')}
        onChange={(v) => {
          props.onForm({ ...form, agreesToReferral: v });
        }}
      />
      {form.agreesToReferral === 'yes' && (
        <>
          <p className="nhsuk-body-l">“{config.consent.evidenceWording}”</p>
          <Radios
            id="consent-evidence"
            name="agreesToEvidence"
            legend="Does the patient also agree to share medical evidence?"
            choices={YES_NO}
            value={form.agreesToEvidence}
            error={err('consent-evidence')}
            onChange={(v) => {
              props.onForm({ ...form, agreesToEvidence: v });
            }}
          />
        </>
      )}
      {form.agreesToReferral === 'no' && props.openReferral && (
        <Radios
          id="consent-withdraw"
          name="withdrawOpen"
          legend={withdrawQuestion(props.openReferral)}
          hint="Withdrawing means the advice service can no longer see that referral’s screening answers, contact details or medical evidence, and can only close the case."
          choices={WITHDRAW}
          value={form.withdrawOpen}
          error={err('consent-withdraw')}
          onChange={(v) => {
            props.onForm({ ...form, withdrawOpen: v });
          }}
        />
      )}
      <Radios
        id="consent-method"
        name="consentMethod"
        legend="How did the patient give their decision?"
        inline
        choices={METHODS}
        value={form.method}
        error={err('consent-method')}
        onChange={(v) => {
          props.onForm({ ...form, method: v });
        }}
      />
      <p>
        Recorded by {props.recorder}, today. The consent lasts {config.consent.defaultPeriodMonths} months unless the
        patient withdraws it.
      </p>
      <Button testId="consent-save" busy={props.saving} onClick={submit}>
        Save the patient’s decision
      </Button>
    </div>
  );
}

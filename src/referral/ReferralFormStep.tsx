import { useState, type ReactElement } from 'react';
import { ADVICE_MODE, CONTACT_METHOD, URGENT_REASON, WELFARE_LAW_AREA } from '../../fhir-profiles/src/terminology';
import type { PartnershipConfig } from '../config/partnership';
import { Button } from '../ui/Button';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary';
import { Checkboxes, Fieldset, Radios } from '../ui/Radios';
import { INTERPRETER_LANGUAGES, referralFormProblems, type ReferralForm } from './form';
import { ErrorMessage } from '../ui/ErrorMessage';

/** A yes/no radio's value from an optional boolean (undefined = not answered yet). */
function yesNo<T extends string>(value: boolean | undefined, yes: T, no: T): T | undefined {
  if (value === undefined) {
    return undefined;
  }
  return value ? yes : no;
}

const PRIORITIES = [
  { value: 'urgent', label: 'Urgent', hint: 'The advice service contacts the patient as a priority' },
  { value: 'routine', label: 'Routine' },
] as const;
const CONTACT_FIELDS = [
  { field: 'phone', label: 'Phone number', type: 'tel', autoComplete: 'off' },
  { field: 'email', label: 'Email address', type: 'email', autoComplete: 'off' },
  { field: 'address', label: 'Postal address', type: 'text', autoComplete: 'off' },
] as const;
const SAFE = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const entries = <K extends string>(codes: Record<K, string>, keep?: readonly K[]): { value: K; label: string }[] =>
  (Object.entries(codes) as [K, string][])
    .filter(([k]) => !keep || keep.includes(k))
    .map(([value, label]) => ({ value, label }));

/** The referral form, pre-filled from the screening; Continue checks it and goes on to check the answers. */
export function ReferralFormStep(props: {
  form: ReferralForm;
  config: PartnershipConfig;
  onForm: (form: ReferralForm) => void;
  onSubmit: () => void;
}): ReactElement {
  const { form, config, onForm } = props;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const err = (field: string): string | undefined => errors.find((e) => e.href === `field-${field}`)?.message;
  const submit = (): void => {
    const found = referralFormProblems(form).map((p) => ({ href: `field-${p.field}`, message: p.message }));
    setErrors(found);
    if (found.length === 0) {
      props.onSubmit();
    }
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      data-testid="referral-form"
    >
      <ErrorSummary errors={errors} />
      <Checkboxes
        id="field-areas"
        name="areas"
        legend="What does the patient need help with?"
        choices={entries(WELFARE_LAW_AREA.codes, config.areasCovered)}
        values={form.areas}
        error={err('areas')}
        onChange={(areas) => {
          onForm({ ...form, areas });
        }}
      />
      <Radios
        id="field-priority"
        name="priority"
        legend="How urgent is it?"
        choices={PRIORITIES}
        value={form.priority}
        error={err('priority')}
        onChange={(priority) => {
          onForm({ ...form, priority });
        }}
      />
      {form.priority === 'urgent' && (
        <Checkboxes
          name="urgentReasons"
          legend="Why is it urgent?"
          legendSize="s"
          choices={entries(URGENT_REASON.codes)}
          values={form.urgentReasons}
          onChange={(urgentReasons) => {
            onForm({ ...form, urgentReasons });
          }}
        />
      )}
      <Checkboxes
        id="field-contactMethods"
        name="contactMethods"
        legend="How may the advice service contact the patient?"
        choices={entries(CONTACT_METHOD.codes)}
        values={form.contactMethods}
        error={err('contactMethods')}
        onChange={(contactMethods) => {
          onForm({ ...form, contactMethods });
        }}
      />
      <Fieldset
        legend="The patient’s contact details"
        legendSize="s"
        hint="From the patient’s record. Correct them here for this referral only: the record is not changed."
      >
        {CONTACT_FIELDS.map(({ field, label, type, autoComplete }) => (
          <div className={`nhsuk-form-group${err(field) ? ' nhsuk-form-group--error' : ''}`} key={field}>
            <label className="nhsuk-label" htmlFor={`field-${field}`}>
              {label}
            </label>
            <ErrorMessage id={`field-${field}-error`}>{err(field)}</ErrorMessage>
            {field === 'address' ? (
              <textarea
                className={`nhsuk-textarea${err(field) ? ' nhsuk-textarea--error' : ''}`}
                id="field-address"
                rows={3}
                maxLength={500}
                autoComplete="off"
                aria-describedby={err(field) ? 'field-address-error' : undefined}
                value={form.address}
                onChange={(e) => {
                  onForm({ ...form, address: e.target.value });
                }}
              />
            ) : (
              <input
                className={`nhsuk-input nhsuk-u-width-two-thirds${err(field) ? ' nhsuk-input--error' : ''}`}
                id={`field-${field}`}
                type={type}
                maxLength={200}
                autoComplete={autoComplete}
                spellCheck={false}
                aria-describedby={err(field) ? `field-${field}-error` : undefined}
                value={form[field]}
                onChange={(e) => {
                  onForm({ ...form, [field]: e.target.value });
                }}
              />
            )}
          </div>
        ))}
      </Fieldset>
      <Radios
        name="safe"
        legend="Is it safe to leave a message?"
        legendSize="s"
        inline
        choices={SAFE}
        value={yesNo(form.safeToLeaveMessage, 'yes', 'no')}
        onChange={(v) => {
          onForm({ ...form, safeToLeaveMessage: v === 'yes' });
        }}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="field-bestTimes">
          Best times to call (optional)
        </label>
        <input
          className="nhsuk-input nhsuk-u-width-two-thirds"
          id="field-bestTimes"
          type="text"
          maxLength={200}
          value={form.bestTimes}
          onChange={(e) => {
            onForm({ ...form, bestTimes: e.target.value });
          }}
        />
      </div>
      <Radios
        name="mode"
        legend="How would the patient like advice?"
        legendSize="s"
        choices={entries(ADVICE_MODE.codes, config.modesOffered)}
        value={form.adviceMode}
        onChange={(adviceMode) => {
          onForm({ ...form, adviceMode });
        }}
      />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="field-interpreter">
          Interpreter needed
        </label>
        <select
          className="nhsuk-select"
          id="field-interpreter"
          value={form.interpreterLanguage}
          onChange={(e) => {
            onForm({ ...form, interpreterLanguage: e.target.value });
          }}
        >
          <option value="">No interpreter needed</option>
          {Object.entries(INTERPRETER_LANGUAGES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="field-access">
          Accessibility needs (optional)
        </label>
        <div className="nhsuk-hint" id="field-access-hint">
          For example large print, step-free access, a British Sign Language interpreter
        </div>
        <input
          className="nhsuk-input"
          id="field-access"
          type="text"
          maxLength={500}
          aria-describedby="field-access-hint"
          value={form.accessibilityNeeds}
          onChange={(e) => {
            onForm({ ...form, accessibilityNeeds: e.target.value });
          }}
        />
      </div>
      <div className={`nhsuk-form-group${err('note') ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label" htmlFor="field-note">
          Note for the adviser (optional)
        </label>
        <textarea
          className="nhsuk-textarea"
          id="field-note"
          rows={4}
          value={form.note}
          onChange={(e) => {
            onForm({ ...form, note: e.target.value });
          }}
        />
      </div>
      <Button type="submit" testId="details-continue">
        Continue
      </Button>
    </form>
  );
}

import type { Consent } from 'fhir/r4';
import type { ConsentCoverage } from '../../../fhir-profiles/src/terminology';
import type { ConsentRefusal } from './decision';
import { dateInText } from '../dates';

/** Plain-English reasons for a consent decision, and what the user can do next. */
const WHAT: Record<ConsentCoverage, string> = {
  'referral-details': 'share referral details with the advice service',
  'medical-evidence': 'share medical evidence with the advice service',
  'case-study': 'let the adviser write up their case, without identifying details, as a case study',
};

function day(value: string | undefined): string {
  return dateInText(value, 'an unknown date');
}

function askAgain(coverage: ConsentCoverage): string {
  if (coverage === 'case-study') {
    return 'Ask the client whether they agree to a case study, and record their decision.';
  }
  return coverage === 'medical-evidence'
    ? 'The referrer must ask the patient and record their consent to share medical evidence first.'
    : 'Ask the patient whether they agree, and record their decision.';
}

export const explain = {
  allowed(consent: Consent, coverage: ConsentCoverage): string {
    const end = consent.provision?.period?.end;
    return `The patient agreed on ${day(consent.dateTime)} to ${WHAT[coverage]}${end ? `, until ${day(end)}` : ''}.`;
  },
  refused(
    refusal: ConsentRefusal,
    coverage: ConsentCoverage,
    consent: Consent | undefined,
  ): { reason: string; whatToDo: string } {
    const what = WHAT[coverage];
    switch (refusal) {
      case 'missing':
        return { reason: `There is no record of the patient’s consent to ${what}.`, whatToDo: askAgain(coverage) };
      case 'other-patient':
        return { reason: 'The only consent found belongs to a different patient.', whatToDo: askAgain(coverage) };
      case 'entered-in-error':
        return { reason: 'The only consent found was entered in error.', whatToDo: askAgain(coverage) };
      case 'other-organisation':
        return {
          reason: 'The consent on record is for a different organisation, not this advice service.',
          whatToDo: askAgain(coverage),
        };
      case 'not-final':
        return {
          reason: 'The consent on record is only a draft and was never confirmed.',
          whatToDo: askAgain(coverage),
        };
      case 'refused':
        return {
          reason: `The patient said no on ${day(consent?.dateTime)}: they did not agree to ${what}.`,
          whatToDo: 'Nothing can be shared. If the patient has changed their mind, record their new decision.',
        };
      case 'withdrawn':
        return {
          reason: 'The patient withdrew their consent.',
          whatToDo: 'Nothing more can be shared. If the patient has changed their mind, record their new decision.',
        };
      case 'superseded':
        return {
          reason: 'The patient later refused or withdrew consent, which replaces their earlier agreement.',
          whatToDo: 'Nothing can be shared. If the patient has changed their mind, record their new decision.',
        };
      case 'not-yet-started':
        return {
          reason: `The consent only starts on ${day(consent?.provision?.period?.start)}.`,
          whatToDo: askAgain(coverage),
        };
      case 'expired':
        return {
          reason: `The consent ended on ${day(consent?.provision?.period?.end)}.`,
          whatToDo: askAgain(coverage),
        };
      case 'denied':
        return coverage === 'medical-evidence'
          ? {
              reason: 'The patient agreed to the referral but not to sharing medical evidence.',
              whatToDo: askAgain(coverage),
            }
          : {
              reason: `The consent on record says the patient does not want to ${what}.`,
              whatToDo: 'Nothing can be shared.',
            };
      case 'not-covered':
        return {
          reason:
            coverage === 'medical-evidence'
              ? 'The patient agreed to the referral only, not to sharing medical evidence.'
              : 'The consent on record does not cover sharing referral details.',
          whatToDo: askAgain(coverage),
        };
    }
  },
};

import { ADVICE_MODE, URGENT_REASON } from '../../../fhir-profiles/src/terminology';
import { dateInText } from '../../domain/dates';
import { areaLabel } from '../../domain/labels';
import { contactPreferencesText, type ReferralReading } from '../../domain/referralRead';
import type { ConsentForm } from '../../consent/form';
import { INTERPRETER_LANGUAGES } from '../../referral/form';
import type { Needs } from '../../needs/needs';
import type { FlowStep } from '../paths';

/** One row of the check-your-answers page: what was decided, and the step that changes it. */
export interface CheckRow {
  key: string;
  lines: string[];
  change: FlowStep;
  /** The visually hidden end of "Change …" (what the link changes). */
  changes: string;
}

export interface CheckInput {
  needs: Needs;
  form: Omit<ReferralReading, 'interpreterLanguageName'>;
  /** A decision recorded in this draft, or the consent already on record (its date). */
  consent: { recorded: ConsentForm } | { onRecordSince: string | undefined };
}

function consentLines(consent: CheckInput['consent']): string[] {
  if ('onRecordSince' in consent) {
    return [`Consent already on record, given ${dateInText(consent.onRecordSince)}`];
  }
  const { recorded } = consent;
  return [
    `Agrees to the referral: ${recorded.agreesToReferral === 'yes' ? 'yes' : 'no'}`,
    `Agrees to share medical evidence if asked: ${recorded.agreesToEvidence === 'yes' ? 'yes' : 'no'}`,
    `Given ${recorded.method === 'written' ? 'in writing' : 'verbally'}, recorded now`,
  ];
}

/** The rows of the check-your-answers page, in the order of the journey. */
export function checkRows({ needs, form, consent }: CheckInput): CheckRow[] {
  const answers = [...new Set([...needs.areas, ...needs.urgentReasons].flatMap((code) => needs.because[code] ?? []))];
  return [
    {
      key: 'Checklist answers',
      lines: answers.length > 0 ? answers : ['No welfare need found in the answers'],
      change: 'checklist',
      changes: 'the checklist answers',
    },
    { key: 'Consent', lines: consentLines(consent), change: 'consent', changes: 'the consent' },
    {
      key: 'Help needed with',
      lines: form.areas.map(areaLabel),
      change: 'details',
      changes: 'the areas of help',
    },
    {
      key: 'Urgency',
      lines:
        form.priority === 'urgent' ? ['Urgent', ...form.urgentReasons.map((r) => URGENT_REASON.codes[r])] : ['Routine'],
      change: 'details',
      changes: 'the urgency',
    },
    {
      key: 'Contact',
      lines: [contactPreferencesText({ ...form, interpreterLanguageName: '' })],
      change: 'details',
      changes: 'how to contact the patient',
    },
    {
      key: 'Advice and access',
      lines: [
        form.adviceMode ? ADVICE_MODE.codes[form.adviceMode] : 'Any way of giving advice',
        form.interpreterLanguage
          ? `Interpreter: ${INTERPRETER_LANGUAGES[form.interpreterLanguage] ?? form.interpreterLanguage}`
          : 'No interpreter needed',
        ...(form.accessibilityNeeds.trim() ? [`Accessibility: ${form.accessibilityNeeds.trim()}`] : []),
      ],
      change: 'details',
      changes: 'advice and access needs',
    },
    {
      key: 'Note for the adviser',
      lines: [form.note.trim() || 'None'],
      change: 'details',
      changes: 'the note',
    },
  ];
}

import type { Patient } from 'fhir/r4';
import type { ReferralDetails } from '../domain/referralRead';

/** The referral form as the clinician fills it in (kept in the draft until sent). */
export type ReferralForm = ReferralDetails;

export function emptyReferralForm(): ReferralForm {
  return {
    areas: [],
    priority: 'routine',
    urgentReasons: [],
    contactMethods: [],
    safeToLeaveMessage: undefined,
    bestTimes: '',
    adviceMode: undefined,
    interpreterLanguage: '',
    accessibilityNeeds: '',
    note: '',
  };
}

/** Interpreter languages offered in the form (BCP-47 code → English name); typing is never needed. */
export const INTERPRETER_LANGUAGES: Readonly<Record<string, string>> = {
  ar: 'Arabic',
  bn: 'Bengali',
  'zh-yue': 'Cantonese',
  fa: 'Farsi (Persian)',
  ku: 'Kurdish',
  zh: 'Mandarin',
  pl: 'Polish',
  pa: 'Punjabi',
  ro: 'Romanian',
  so: 'Somali',
  ti: 'Tigrinya',
  tr: 'Turkish',
  uk: 'Ukrainian',
  ur: 'Urdu',
  bfi: 'British Sign Language',
};

/** What must be put right before the referral can be sent (empty when none). */
export function referralFormProblems(form: ReferralForm): { field: keyof ReferralForm; message: string }[] {
  const problems: { field: keyof ReferralForm; message: string }[] = [];
  if (form.areas.length === 0) {
    problems.push({ field: 'areas', message: 'Select at least one area the patient needs help with' });
  }
  if (form.contactMethods.length === 0) {
    problems.push({ field: 'contactMethods', message: 'Select how the advice service may contact the patient' });
  }
  if (form.priority === 'routine' && form.urgentReasons.length > 0) {
    problems.push({
      field: 'priority',
      message: 'Urgent reasons were found: choose urgent, or untick the urgent reasons',
    });
  }
  if (form.note.length > 2000) {
    problems.push({ field: 'note', message: 'The note must be 2000 characters or fewer' });
  }
  return problems;
}

/**
 * The interpreter language from the patient's record: their preferred Patient.communication
 * (preferred = true), by its BCP-47 code's language ("pl-PL" → "pl"), when it is one the form
 * offers; '' when English, none, or not preferred. The clinician can change it for this referral.
 */
export function interpreterFromPatient(patient: Patient | undefined): string {
  const preferred = patient?.communication?.find((c) => c.preferred === true);
  for (const coding of preferred?.language.coding ?? []) {
    const code = coding.code?.toLowerCase();
    if (!code) {
      continue;
    }
    if (Object.hasOwn(INTERPRETER_LANGUAGES, code)) {
      return code;
    }
    const language = code.split('-')[0] ?? '';
    if (Object.hasOwn(INTERPRETER_LANGUAGES, language)) {
      return language;
    }
  }
  return '';
}

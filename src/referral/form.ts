import type { Patient } from 'fhir/r4';
import type { ReferralForm } from './emptyForm';

export { emptyReferralForm, type ReferralForm } from './emptyForm';

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
  const needs = (method: ReferralForm['contactMethods'][number]): boolean => form.contactMethods.includes(method);
  if ((needs('phone') || needs('text')) && !form.phone.trim()) {
    problems.push({
      field: 'phone',
      message: `Enter a phone number for ${needs('phone') ? 'a phone call' : 'a text message'}, or choose another way to contact the patient`,
    });
  }
  if (needs('email') && !form.email.trim()) {
    problems.push({ field: 'email', message: 'Enter an email address, or choose another way to contact the patient' });
  } else if (needs('email') && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) {
    problems.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.com' });
  }
  if (needs('letter') && !form.address.trim()) {
    problems.push({
      field: 'address',
      message: 'Enter a postal address for a letter, or choose another way to contact the patient',
    });
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

/** Contact details from the Patient record (a mobile first, then any phone; the home address), for the referrer to confirm. */
export function contactFromPatient(patient: Patient | undefined): Pick<ReferralForm, 'phone' | 'email' | 'address'> {
  const telecom = (patient?.telecom ?? []).filter((t) => t.value && !t.period?.end);
  const phones = telecom.filter((t) => t.system === 'phone' || t.system === 'sms');
  const phone = phones.find((t) => t.use === 'mobile') ?? phones[0];
  const email = telecom.find((t) => t.system === 'email');
  const addresses = (patient?.address ?? []).filter((a) => a.use !== 'old' && !a.period?.end);
  const address = addresses.find((a) => a.use === 'home') ?? addresses[0];
  const text = address
    ? (address.text ?? [...(address.line ?? []), address.city, address.postalCode].filter(Boolean).join(', '))
    : '';
  return { phone: phone?.value ?? '', email: email?.value ?? '', address: text };
}

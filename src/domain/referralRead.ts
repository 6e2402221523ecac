import type { Extension, ServiceRequest } from 'fhir/r4';
import {
  ADVICE_MODE,
  CONTACT_METHOD,
  CONTACT_PREFERENCES_PART,
  EXTENSION,
  URGENT_REASON,
  WELFARE_LAW_AREA,
  type AdviceMode,
  type ContactMethod,
  type UrgentReason,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';

/**
 * What a referral ServiceRequest says, read back from the extensions and codes that
 * referral/build.ts writes (its exact reverse; a round-trip test holds the two together).
 */
export type Priority = 'routine' | 'urgent';

/** What a referral says about the patient's needs and contact: the clinician's form and its reading share it. */
export interface ReferralDetails {
  areas: WelfareLawArea[];
  priority: Priority;
  urgentReasons: UrgentReason[];
  contactMethods: ContactMethod[];
  /** undefined = not asked. */
  safeToLeaveMessage: boolean | undefined;
  bestTimes: string;
  /** The contact details to use for this referral ('' when none): from the Patient record, as confirmed or corrected. */
  phone: string;
  email: string;
  /** The postal address as one text ("1 High Street, Leeds, LS1 1AA"). */
  address: string;
  adviceMode: AdviceMode | undefined;
  /** BCP-47 code, '' when no interpreter is needed. */
  interpreterLanguage: string;
  accessibilityNeeds: string;
  note: string;
}

export interface ReferralReading extends ReferralDetails {
  /** The language's display as written on the referral ('' when none). */
  interpreterLanguageName: string;
}

function ext(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  return (extensions ?? []).filter((e) => e.url === url);
}

function codesOf<T extends string>(
  extensions: readonly Extension[],
  codes: Readonly<Record<string, string>>,
  system: string,
): T[] {
  return extensions
    .map((e) => e.valueCoding)
    .filter((c) => c?.system === system && c.code !== undefined && Object.hasOwn(codes, c.code))
    .map((c) => c?.code as T);
}

export function areasOf(referral: ServiceRequest | undefined): WelfareLawArea[] {
  return (referral?.reasonCode ?? [])
    .flatMap((cc) => cc.coding ?? [])
    .filter((c) => c.system === WELFARE_LAW_AREA.system && c.code !== undefined && c.code in WELFARE_LAW_AREA.codes)
    .map((c) => c.code as WelfareLawArea);
}

export function readReferral(referral: ServiceRequest | undefined): ReferralReading {
  const extensions = referral?.extension ?? [];
  const prefs = ext(extensions, EXTENSION.contactPreferences)[0]?.extension ?? [];
  const language = ext(extensions, EXTENSION.interpreterLanguage)[0]?.valueCodeableConcept;
  const mode = ext(extensions, EXTENSION.adviceMode)[0]?.valueCoding?.code;
  return {
    areas: areasOf(referral),
    priority: referral?.priority === 'urgent' ? 'urgent' : 'routine',
    urgentReasons: codesOf<UrgentReason>(
      ext(extensions, EXTENSION.urgentReason),
      URGENT_REASON.codes,
      URGENT_REASON.system,
    ),
    contactMethods: codesOf<ContactMethod>(
      ext(prefs, CONTACT_PREFERENCES_PART.method),
      CONTACT_METHOD.codes,
      CONTACT_METHOD.system,
    ),
    safeToLeaveMessage: ext(prefs, CONTACT_PREFERENCES_PART.safeToLeaveMessage)[0]?.valueBoolean,
    bestTimes: ext(prefs, CONTACT_PREFERENCES_PART.bestTimes)[0]?.valueString ?? '',
    phone: ext(prefs, CONTACT_PREFERENCES_PART.phone)[0]?.valueString ?? '',
    email: ext(prefs, CONTACT_PREFERENCES_PART.email)[0]?.valueString ?? '',
    address: ext(prefs, CONTACT_PREFERENCES_PART.address)[0]?.valueAddress?.text ?? '',
    adviceMode: mode !== undefined && Object.hasOwn(ADVICE_MODE.codes, mode) ? (mode as AdviceMode) : undefined,
    interpreterLanguage: language?.coding?.[0]?.code ?? '',
    interpreterLanguageName: language?.coding?.[0]?.display ?? language?.text ?? language?.coding?.[0]?.code ?? '',
    accessibilityNeeds: ext(extensions, EXTENSION.accessibilityNeeds)[0]?.valueString ?? '',
    note: (referral?.note ?? []).map((n) => n.text).join('\n'),
  };
}

/** "Inpatient on Ward 7" for a referral made during a hospital stay (its encounter and ward), else undefined. */
export function inpatientWard(referral: ServiceRequest | undefined): string | undefined {
  const ward = referral?.locationReference?.[0];
  if (!referral?.encounter?.reference || !ward) {
    return undefined;
  }
  return `Inpatient on ${ward.display ?? 'a hospital ward'}`;
}

/** "Phone call, Letter; phone: 07700 900404; …; safe to leave a message; best times: mornings", or "Not recorded". */
export function contactPreferencesText(reading: ReferralReading): string {
  const parts = [
    reading.contactMethods.length ? reading.contactMethods.map((m) => CONTACT_METHOD.codes[m]).join(', ') : undefined,
    reading.phone ? `phone: ${reading.phone}` : undefined,
    reading.email ? `email: ${reading.email}` : undefined,
    reading.address ? `address: ${reading.address}` : undefined,
    reading.safeToLeaveMessage === true ? 'safe to leave a message' : undefined,
    reading.safeToLeaveMessage === false ? 'do not leave a message' : undefined,
    reading.bestTimes ? `best times: ${reading.bestTimes}` : undefined,
  ];
  return parts.filter(Boolean).join('; ') || 'Not recorded';
}

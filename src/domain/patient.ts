import type { HumanName, Patient } from 'fhir/r4';
import { NHS_NUMBER_SYSTEM } from '../../fhir-profiles/src/canonical';
import { dateInBanner } from './dates';
import { stripBidiControls } from './bidi';

/** "9990001234" → "999 000 1234" (3-3-4, as NHS systems show it). Anything else is shown as given. */
export function formatNhsNumber(value: string): string {
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/** Whole years between a birth date and today. */
export function ageOn(birthDate: string, today: Date): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - year;
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) {
    age -= 1;
  }
  return age >= 0 ? age : undefined;
}

/** "FAMILY, Given (Title)", the NHS banner convention. */
export function formatPatientName(names: readonly HumanName[] | undefined): string {
  return stripBidiControls(patientName(names));
}

function patientName(names: readonly HumanName[] | undefined): string {
  const name = names?.find((n) => n.use === 'official') ?? names?.[0];
  if (!name) {
    return 'Name not recorded';
  }
  const family = (name.family ?? '').toUpperCase();
  const given = (name.given ?? []).join(' ');
  const prefix = name.prefix?.[0];
  const main = [family, given].filter((part) => part.length > 0).join(', ');
  return prefix ? `${main} (${prefix})` : main || (name.text ?? 'Name not recorded');
}

/** "Given Family", for people other than the patient (staff). */
export function formatPersonName(names: readonly HumanName[] | undefined): string {
  return stripBidiControls(personName(names));
}

function personName(names: readonly HumanName[] | undefined): string {
  const name = names?.[0];
  if (!name) {
    return 'Unknown user';
  }
  if (name.text) {
    return name.text;
  }
  return [...(name.prefix ?? []), ...(name.given ?? []), name.family ?? ''].filter((p) => p.length > 0).join(' ');
}

export interface PatientFacts {
  name: string;
  nhsNumber: string | undefined;
  birthDate: string | undefined;
  age: number | undefined;
  gender: string | undefined;
}

export function patientFacts(patient: Patient, today: Date): PatientFacts {
  const nhs = patient.identifier?.find((i) => i.system === NHS_NUMBER_SYSTEM)?.value;
  return {
    name: formatPatientName(patient.name),
    nhsNumber: nhs ? formatNhsNumber(nhs) : undefined,
    birthDate: patient.birthDate ? dateInBanner(patient.birthDate) : undefined,
    age: patient.birthDate ? ageOn(patient.birthDate, today) : undefined,
    gender: patient.gender ? patient.gender.charAt(0).toUpperCase() + patient.gender.slice(1) : undefined,
  };
}

const isString = (v: unknown): boolean => typeof v === 'string';
const optional = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v);
const arrayOf =
  (check: (x: unknown) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every(check);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isName(v: unknown): boolean {
  return (
    isObject(v) &&
    optional(v.family, isString) &&
    optional(v.given, arrayOf(isString)) &&
    optional(v.prefix, arrayOf(isString)) &&
    optional(v.text, isString)
  );
}

/**
 * Whether a Patient the record sent has the shape the banner and forms read (names, identifiers,
 * birth date, gender of the right types). A malformed one is shown as a plain message, never used.
 */
export function isReadablePatient(patient: unknown): boolean {
  return (
    isObject(patient) &&
    patient.resourceType === 'Patient' &&
    optional(patient.name, arrayOf(isName)) &&
    optional(
      patient.identifier,
      arrayOf((i) => isObject(i) && optional(i.system, isString) && optional(i.value, isString)),
    ) &&
    optional(patient.birthDate, isString) &&
    optional(patient.gender, isString)
  );
}

import type { Communication } from 'fhir/r4';
import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import {
  COMMUNICATION_CATEGORY,
  INTERNAL_NOTE_CATEGORY,
  PROFILE,
  localCoding,
} from '../../fhir-profiles/src/terminology';

/** Business identifier of a case note (client UUID): a retried save never records it twice. */
export const NOTE_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/case-note`;

export interface CaseNoteInput {
  identifier: string;
  patientId: string;
  taskId: string;
  referralId: string;
  /** "PractitionerRole/<id>" of the adviser writing it. */
  author: string;
  /** "Organization/<id>": the advice organisation, the note's only recipient. */
  organisation: string;
  text: string;
  sent: Date;
}

/** An hjp-case-note: addressed to the advice organisation itself, never sent to the referrer. */
export function buildCaseNote(input: CaseNoteInput): Communication {
  return {
    resourceType: 'Communication',
    meta: { profile: [PROFILE.caseNote] },
    identifier: [{ system: NOTE_IDENTIFIER_SYSTEM, value: input.identifier }],
    status: 'completed',
    category: [{ coding: [localCoding(COMMUNICATION_CATEGORY, INTERNAL_NOTE_CATEGORY)] }],
    subject: { reference: `Patient/${input.patientId}` },
    about: [{ reference: `Task/${input.taskId}` }],
    basedOn: [{ reference: `ServiceRequest/${input.referralId}` }],
    sender: { reference: input.author },
    recipient: [{ reference: input.organisation }],
    sent: input.sent.toISOString(),
    payload: [{ contentString: input.text.trim() }],
  };
}

/** Is this Communication an internal case note (by profile or category)? */
export function isCaseNote(c: Communication): boolean {
  return (
    (c.meta?.profile ?? []).includes(PROFILE.caseNote) ||
    (c.category ?? []).some((cc) =>
      (cc.coding ?? []).some((x) => x.system === COMMUNICATION_CATEGORY.system && x.code === INTERNAL_NOTE_CATEGORY),
    )
  );
}

/** A note's text. */
export function noteText(c: Communication): string {
  return (c.payload ?? []).flatMap((p) => (p.contentString ? [p.contentString] : [])).join('\n');
}

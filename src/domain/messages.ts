import type { Communication } from 'fhir/r4';
import { CANONICAL_BASE } from '../../fhir-profiles/src/canonical';
import {
  COMMUNICATION_CATEGORY,
  PROFILE,
  localCoding,
  type CommunicationCategory,
} from '../../fhir-profiles/src/terminology';
import { identifierSearch } from './references';

/** Business identifier of a message (client UUID) so a retried send never posts it twice. */
export const MESSAGE_IDENTIFIER_SYSTEM = `${CANONICAL_BASE}/Id/message`;

export interface MessageInput {
  identifier: string;
  category: CommunicationCategory;
  patientId: string;
  /** "Task/<id>" references: the referral Task, plus the evidence-request Task for evidence. */
  about: string[];
  /** "ServiceRequest/<id>". */
  basedOn: string;
  inResponseTo?: string;
  sender: string;
  recipients: string[];
  text: string;
  attachment?: { contentType: string; data: string; title: string };
  sent: Date;
}

/** An hjp-message Communication between referrer and adviser. */
export function buildMessage(input: MessageInput): Communication {
  const text = input.text.trim();
  return {
    resourceType: 'Communication',
    meta: { profile: [PROFILE.message] },
    identifier: [{ system: MESSAGE_IDENTIFIER_SYSTEM, value: input.identifier }],
    status: 'completed',
    category: [{ coding: [localCoding(COMMUNICATION_CATEGORY, input.category)] }],
    subject: { reference: `Patient/${input.patientId}` },
    about: input.about.map((reference) => ({ reference })),
    basedOn: [{ reference: input.basedOn }],
    ...(input.inResponseTo ? { inResponseTo: [{ reference: input.inResponseTo }] } : {}),
    sender: { reference: input.sender },
    recipient: input.recipients.map((reference) => ({ reference })),
    sent: input.sent.toISOString(),
    payload: [
      ...(text ? [{ contentString: text }] : []),
      ...(input.attachment ? [{ contentAttachment: { ...input.attachment } }] : []),
    ],
  };
}

/** The If-None-Exist query for a message, for a conditional create. */
export function messageIfNoneExist(message: Communication): string {
  return identifierSearch(MESSAGE_IDENTIFIER_SYSTEM, message.identifier?.[0]?.value);
}

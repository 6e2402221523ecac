import type { Bundle, Communication } from 'fhir/r4';
import { guardedPut, withoutVersion } from '../domain/versioned';
import { unreadMessages } from './overview';

/**
 * Where "seen" is kept: Communication.received on each message, set when its recipient opens the
 * referral. Why this and not a per-user "last seen" extension on the Task or a browser store:
 * - FHIR already has the element: received = "when received" by the recipient; an adviser message
 *   names exactly one recipient (the referrer), so "seen by that recipient" is per user;
 * - writing the referral Task on every read would bump its version and make the adviser's next
 *   change fail If-Match (a conflict for nothing); a message is written once and never updated
 *   by the adviser afterwards;
 * - the record is the same on every device and after a relaunch; localStorage is not (and would
 *   hold data about patients on a shared NHS PC);
 * - the record can allow exactly this write and nothing else (launch/sandbox/auth/write-rules.ts,
 *   readMarkOnly): a recipient may add `received`, never change the message.
 */
export function buildReadMarks(messages: readonly Communication[], me: string, now: Date): Bundle | undefined {
  const unread = unreadMessages(messages, me).filter((m) => m.id && m.meta?.versionId);
  if (unread.length === 0) {
    return undefined;
  }
  const received = now.toISOString();
  return {
    resourceType: 'Bundle',
    // A batch: each mark stands alone (one that fails because the message changed does not undo the others).
    type: 'batch',
    entry: unread.map((m) => {
      const marked: Communication = { ...withoutVersion(m), received };
      return guardedPut(marked, m.meta?.versionId);
    }),
  };
}

import type { ReactElement } from 'react';
import type { Communication } from 'fhir/r4';
import { COMMUNICATION_CATEGORY, type CommunicationCategory } from '../../fhir-profiles/src/terminology';
import { ACCEPTED_TYPES } from '../ui/readFile';
import { ReplyBox } from '../ui/ReplyBox';
import { dateTimeInTable } from '../domain/dates';
import { safeFileName } from '../domain/bidi';

function category(m: Communication): string {
  const code = m.category?.[0]?.coding?.find((c) => c.system === COMMUNICATION_CATEGORY.system)?.code as
    CommunicationCategory | undefined;
  return code ? COMMUNICATION_CATEGORY.codes[code] : 'Message';
}

/** The message thread with the referrer, oldest first, and a box to write to them. */
export function CaseMessages({
  messages,
  me,
  canSend,
  onSend,
  draftKey,
}: {
  messages: readonly Communication[];
  me: string;
  canSend: boolean;
  onSend: (text: string, messageId: string) => Promise<void>;
  /** Keeps a half-typed message in memory (src/ui/drafts.ts). */
  draftKey?: string;
}): ReactElement {
  return (
    <section aria-labelledby="messages-heading" data-testid="messages">
      <h2 id="messages-heading">Messages with the referrer</h2>
      {messages.length === 0 && <p className="nhsuk-body">No messages yet.</p>}
      <ul className="app-timeline">
        {messages.map((m) => (
          <li key={m.id}>
            <span className="app-timeline__when">
              {dateTimeInTable(m.sent)} · {m.sender?.reference === me ? 'You' : (m.sender?.display ?? 'Referrer')} ·{' '}
              {category(m)}
            </span>
            {m.payload?.map((p, i) =>
              p.contentString !== undefined ? (
                <p key={i} className="app-message">
                  {p.contentString}
                </p>
              ) : (
                <p key={i}>
                  Document: <bdi>{safeFileName(p.contentAttachment?.title ?? 'attachment').name}</bdi>
                  {p.contentAttachment?.data &&
                    (ACCEPTED_TYPES as readonly string[]).includes(p.contentAttachment.contentType ?? '') && (
                      <>
                        {' '}
                        (
                        <a
                          href={`data:${p.contentAttachment.contentType ?? ''};base64,${p.contentAttachment.data}`}
                          download={safeFileName(p.contentAttachment.title ?? 'evidence').name}
                        >
                          download
                        </a>
                        )
                      </>
                    )}
                </p>
              ),
            )}
          </li>
        ))}
      </ul>
      {canSend && <ReplyBox label="Message to the referrer" draftKey={draftKey} onSend={onSend} />}
    </section>
  );
}

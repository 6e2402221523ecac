import type { ReactElement } from 'react';
import type { Communication } from 'fhir/r4';
import { compareTimes, dateTimeInTable } from '../domain/dates';
import { ReplyBox } from '../ui/ReplyBox';
import { noteText } from './caseNote';

/** Internal case notes: for the advice service only (the server never shows them to clinicians). */
export function CaseNotes({
  notes,
  me,
  authors,
  draftKey,
  onAdd,
}: {
  notes: readonly Communication[];
  me: string;
  /** "PractitionerRole/x" → name, where known. */
  authors: Readonly<Record<string, string>>;
  draftKey: string;
  onAdd: (text: string, noteId: string) => Promise<void>;
}): ReactElement {
  const sorted = [...notes].sort((a, b) => compareTimes(a.sent, b.sent));
  return (
    <section aria-labelledby="notes-heading" data-testid="case-notes">
      <h2 id="notes-heading">Case notes</h2>
      <p className="nhsuk-body">Only your advice service can read these. The referrer never sees them.</p>
      {sorted.length === 0 && <p className="nhsuk-body">No case notes yet.</p>}
      <ul className="app-timeline">
        {sorted.map((n) => {
          const by = n.sender?.reference;
          const who = by === me ? 'You' : (authors[by ?? ''] ?? 'An adviser');
          return (
            <li key={n.id}>
              <span className="app-timeline__when">
                {dateTimeInTable(n.sent)} · {who}
              </span>
              <p className="app-message">{noteText(n)}</p>
            </li>
          );
        })}
      </ul>
      <ReplyBox
        label="New case note"
        draftKey={draftKey}
        sendLabel="Add note"
        testId="add-note"
        noun="note"
        onSend={onAdd}
      />
    </section>
  );
}

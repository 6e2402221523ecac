import { useId, useState, type ReactElement } from 'react';
import { Button } from './Button';
import { plainError, Problem } from './Problem';
import { useDraft } from './drafts';

/** A message box: plain text, sent once (the caller makes the send idempotent), errors shown plainly. */
export function ReplyBox({
  label,
  onSend,
  draftKey,
  sendLabel = 'Send message',
  testId = 'send-message',
  noun = 'message',
}: {
  label: string;
  onSend: (text: string, messageId: string) => Promise<void>;
  /** Keeps half-typed text in memory under this key (src/ui/drafts.ts) and warns before the page is left. */
  draftKey?: string;
  sendLabel?: string;
  testId?: string;
  /** What is written, in words ("message", "note"), for the errors. */
  noun?: string;
}): ReactElement {
  const id = useId();
  const [text, setText] = useDraft(draftKey ?? id);
  // One id per message, kept across retries: a resend after a lost answer never posts twice.
  const [messageId, setMessageId] = useState(() => crypto.randomUUID());
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [empty, setEmpty] = useState(false);
  const send = async (): Promise<void> => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    setSending(true);
    setError(undefined);
    try {
      await onSend(text, messageId);
      setText('');
      setMessageId(crypto.randomUUID());
    } catch (err) {
      setError(plainError(err));
    } finally {
      setSending(false);
    }
  };
  const unsaved = text.trim() !== '';
  const describedBy =
    [empty ? `${id}-error` : '', unsaved ? `${id}-unsaved` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`nhsuk-form-group${empty ? ' nhsuk-form-group--error' : ''}`} data-testid="reply-box">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      {empty && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> Enter a {noun}
        </span>
      )}
      {unsaved && (
        <div className="nhsuk-hint" id={`${id}-unsaved`} data-testid="unsaved-text">
          You have unsaved text. It is kept while HJP Link is open, but lost if you reload or close the page.
        </div>
      )}
      <textarea
        className="nhsuk-textarea"
        id={id}
        rows={3}
        value={text}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      {error && <Problem title={`Your ${noun} was not ${noun === 'message' ? 'sent' : 'saved'}`} message={error} />}
      <Button
        busy={sending}
        kind="secondary"
        testId={testId}
        onClick={() => {
          void send();
        }}
      >
        {sending ? 'Saving…' : sendLabel}
      </Button>
    </div>
  );
}

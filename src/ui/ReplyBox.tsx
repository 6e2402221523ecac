import { useId, useState, type ReactElement } from 'react';
import { Button } from './Button';
import { plainError, Problem } from './Problem';
import { FREE_TEXT_LIMIT_TEXT, MAX_FREE_TEXT_CHARS } from '../domain/limits';

/** A message box: plain text, sent once (the caller makes the send idempotent), errors shown plainly. */
export function ReplyBox({
  label,
  onSend,
}: {
  label: string;
  onSend: (text: string, messageId: string) => Promise<void>;
}): ReactElement {
  const id = useId();
  const [text, setText] = useState('');
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
  return (
    <div className={`nhsuk-form-group${empty ? ' nhsuk-form-group--error' : ''}`} data-testid="reply-box">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        Up to {FREE_TEXT_LIMIT_TEXT}.
      </div>
      {empty && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> Enter a message
        </span>
      )}
      <textarea
        className="nhsuk-textarea"
        id={id}
        rows={3}
        maxLength={MAX_FREE_TEXT_CHARS}
        value={text}
        aria-describedby={empty ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      {error && <Problem title="Your message was not sent" message={error} />}
      <Button
        busy={sending}
        kind="secondary"
        testId="send-message"
        onClick={() => {
          void send();
        }}
      >
        {sending ? 'Sending…' : 'Send message'}
      </Button>
    </div>
  );
}

import { useId, useState, type ReactElement } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Button } from './Button';
import { plainError, Problem } from './Problem';
import { FREE_TEXT_LIMIT_TEXT, MAX_FREE_TEXT_CHARS } from '../domain/limits';

/**
 * A message box: plain text, sent once (the caller makes the send idempotent), errors shown plainly.
 * A TanStack Query mutation: busy while sending and until what it changed (`invalidates`) is read again.
 */
export function ReplyBox({
  label,
  onSend,
  invalidates = [],
}: {
  label: string;
  onSend: (text: string, messageId: string) => Promise<void>;
  /** Query keys the message changes (the thread it joins): read again once it is sent. */
  invalidates?: readonly QueryKey[];
}): ReactElement {
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useState('');
  // One id per message, kept across retries: a resend after a lost answer never posts twice.
  const [messageId, setMessageId] = useState(() => crypto.randomUUID());
  const [empty, setEmpty] = useState(false);
  const mutation = useMutation({
    mutationFn: (message: { text: string; messageId: string }) => onSend(message.text, message.messageId),
    onSuccess: async () => {
      setText('');
      setMessageId(crypto.randomUUID());
      await Promise.all(invalidates.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
  const sending = mutation.isPending;
  const error = mutation.error ? plainError(mutation.error) : undefined;
  const send = (): void => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    mutation.mutate({ text, messageId });
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
      <Button busy={sending} kind="secondary" testId="send-message" onClick={send}>
        {sending ? 'Sending…' : 'Send message'}
      </Button>
    </div>
  );
}

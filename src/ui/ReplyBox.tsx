import { useId, useState, type ReactElement } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Button } from './Button';
import { plainError, Problem } from './Problem';
import { useDraft } from './drafts';
import { FREE_TEXT_LIMIT_TEXT, MAX_FREE_TEXT_CHARS } from '../domain/limits';
import { ErrorMessage } from './ErrorMessage';

/**
 * A message (or note) box: plain text, sent once (the caller makes the send idempotent), errors shown plainly.
 * A TanStack Query mutation: busy while sending and until what it changed (`invalidates`) is read again.
 */
export function ReplyBox({
  label,
  onSend,
  invalidates = [],
  draftKey,
  sendLabel = 'Send message',
  testId = 'send-message',
  noun = 'message',
}: {
  label: string;
  onSend: (text: string, messageId: string) => Promise<void>;
  /** Query keys the message changes (the thread it joins): read again once it is sent. */
  invalidates?: readonly QueryKey[];
  /** Keeps half-typed text in memory under this key (src/ui/drafts.ts) and warns before the page is left. */
  draftKey?: string;
  sendLabel?: string;
  testId?: string;
  /** What is written, in words ("message", "note"), for the errors. */
  noun?: string;
}): ReactElement {
  const id = useId();
  const client = useQueryClient();
  const [text, setText] = useDraft(draftKey ?? id);
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
  const busyLabel = noun === 'message' ? 'Sending…' : 'Saving…';
  const error = mutation.error ? plainError(mutation.error) : undefined;
  const send = (): void => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    mutation.mutate({ text, messageId });
  };
  const unsaved = text.trim() !== '';
  const describedBy = [`${id}-hint`, empty ? `${id}-error` : '', unsaved ? `${id}-unsaved` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${empty ? ' nhsuk-form-group--error' : ''}`} data-testid="reply-box">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        Up to {FREE_TEXT_LIMIT_TEXT}.
      </div>
      {empty && <ErrorMessage id={`${id}-error`}>Enter a {noun}</ErrorMessage>}
      {unsaved && (
        <div className="nhsuk-hint" id={`${id}-unsaved`} data-testid="unsaved-text">
          You have unsaved text. It is kept while HJP Link is open, but lost if you reload or close the page.
        </div>
      )}
      <textarea
        className="nhsuk-textarea"
        id={id}
        rows={3}
        maxLength={MAX_FREE_TEXT_CHARS}
        value={text}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      {error && <Problem title={`Your ${noun} was not ${noun === 'message' ? 'sent' : 'saved'}`} message={error} />}
      <Button busy={sending} kind="secondary" testId={testId} onClick={send}>
        {sending ? busyLabel : sendLabel}
      </Button>
    </div>
  );
}

import { useId, useState, type ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { isFhirError } from '../fhir/errors';
import { buildMessage } from '../domain/messages';
import { Button } from '../ui/Button';
import { plainError, Problem } from '../ui/Problem';
import { EvidenceConsentLapsedError, sendEvidenceAnswer } from './sendEvidence';
import { PARTNERSHIP } from '../config/partnership';
import { fileProblem, readAttachment, type ReadAttachment } from '../ui/readFile';
import { patientOfTask } from '../domain/references';
import { ATTACHMENT_LIMIT_TEXT, FREE_TEXT_LIMIT_TEXT, MAX_FREE_TEXT_CHARS } from '../domain/limits';
import { ErrorMessage } from '../ui/ErrorMessage';

function answerProblem(err: unknown): string {
  if (err instanceof EvidenceConsentLapsedError) {
    return err.message;
  }
  if (isFhirError(err) && err.kind === 'conflict') {
    return 'This request changed while you were answering (it may have been cancelled or answered by someone else). Reload to see it.';
  }
  return plainError(err);
}

export interface EvidenceRequestItemProps {
  /** The open evidence request, as read (its meta.versionId guards the answer). */
  request: Task;
  gateway: FhirGateway;
  /** "PractitionerRole/<id>" of the clinician answering. */
  sender: string;
  /** Called after the answer is saved (e.g. to reload the timeline). */
  onAnswered?: () => void;
}

/**
 * The clinician's answer to a medical-evidence request (rendered by the clinician timeline under
 * each open request): text and/or a document, sent with the request's completion in ONE
 * transaction. A change to the request meanwhile (e.g. the adviser cancelled it) is a conflict.
 */
export function EvidenceRequestItem({ request, gateway, sender, onAnswered }: EvidenceRequestItemProps): ReactElement {
  const id = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<ReadAttachment | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [messageId] = useState(() => crypto.randomUUID());

  const choose = async (chosen: File | undefined): Promise<void> => {
    setFile(undefined);
    if (!chosen) {
      return;
    }
    const why = fileProblem(chosen);
    setProblem(why);
    if (!why) {
      setFile(await readAttachment(chosen));
    }
  };

  const send = async (): Promise<void> => {
    if (!text.trim() && !file) {
      setProblem('Write a reply or attach a document.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const answer = buildMessage({
        identifier: messageId,
        category: 'evidence',
        patientId: patientOfTask(request),
        about: [request.partOf?.[0]?.reference ?? '', `Task/${request.id ?? ''}`],
        basedOn: request.focus?.reference ?? '',
        sender,
        recipients: [request.requester?.reference ?? ''],
        text,
        ...(file ? { attachment: { contentType: file.contentType, data: file.data, title: file.title } } : {}),
        sent: new Date(),
      });
      await sendEvidenceAnswer(gateway, {
        request,
        answer,
        patientId: patientOfTask(request),
        adviceOrg: PARTNERSHIP.adviceOrganisation.reference,
        now: new Date(),
      });
      setDone(true);
      onAnswered?.();
    } catch (err) {
      setError(answerProblem(err));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <p className="nhsuk-body" role="status" data-testid="evidence-answered">
        Your answer has been sent to the adviser.
      </p>
    );
  }
  return (
    <div className={`nhsuk-form-group${problem ? ' nhsuk-form-group--error' : ''}`} data-testid="evidence-answer">
      <label className="nhsuk-label nhsuk-label--s" htmlFor={`${id}-text`}>
        Your reply to the adviser
      </label>
      <div className="nhsuk-hint" id={`${id}-hint`}>
        Up to {FREE_TEXT_LIMIT_TEXT}.
      </div>
      <ErrorMessage id={`${id}-error`}>{problem}</ErrorMessage>
      <textarea
        className="nhsuk-textarea"
        id={`${id}-text`}
        rows={3}
        maxLength={MAX_FREE_TEXT_CHARS}
        value={text}
        aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <label className="nhsuk-label" htmlFor={`${id}-file`}>
        Attach a document (PDF, JPEG or PNG, up to {ATTACHMENT_LIMIT_TEXT}), optional
      </label>
      <input
        className="nhsuk-file-upload__input"
        id={`${id}-file`}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        onChange={(e) => {
          void choose(e.target.files?.[0]);
        }}
      />
      {file && (
        <p className="nhsuk-body" data-testid="evidence-file">
          Attached: <bdi>{file.title}</bdi>
          {file.renamed && ' (its name had hidden characters that change how it is shown; they have been removed)'}
        </p>
      )}
      {error && <Problem title="Your answer was not sent" message={error} />}
      <Button
        busy={busy}
        testId="send-evidence"
        onClick={() => {
          void send();
        }}
      >
        {busy ? 'Sending…' : 'Send evidence'}
      </Button>
    </div>
  );
}

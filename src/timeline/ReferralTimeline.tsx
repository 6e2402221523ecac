import type { Task } from 'fhir/r4';
import { appointmentStatusLabel } from '../domain/appointment';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { queryKeys } from '../fhir/queryKeys';
import { cancelReferral, markRead, sendMessage } from './api';
import { referralDetailQuery } from './detailQuery';
import type { PartnershipConfig } from '../config/partnership';
import type { FhirGateway } from '../fhir/gateway';
import { buildMessage } from '../domain/messages';
import { ReplyBox } from '../ui/ReplyBox';
import { canCancel } from '../domain/referralCancel';
import { plainError, Problem } from '../ui/Problem';
import { CancelReferral } from './CancelReferral';
import { EvidenceRequests } from './EvidenceRequests';
import { dateInText, dateTimeInText } from '../domain/dates';
import { areaLabel, stageText, statusLabel } from '../domain/labels';
import { areasOf } from '../domain/referralRead';
import { referralReference } from '../domain/caseRef';
import { outcomeLines, personName, timeline } from './events';
import { unreadMessages, type ReferralSummary } from './overview';
import { referenceId } from '../domain/references';

/** One referral: status and stage, everything that happened, outcome, evidence requests, reply and cancel. */
export function ReferralTimeline(props: {
  summary: ReferralSummary;
  gateway: FhirGateway;
  me: { reference: string; name: string };
  config: PartnershipConfig;
  onChanged: () => void;
  /** The answer form for an evidence request asked of this user (composed by the app: evidence is its own feature). */
  renderEvidenceAnswer: (request: Task, onAnswered: () => void) => ReactNode;
  /**
   * The practice worklist's view (no patient open): its token reads, and marks messages read, but
   * writes nothing else, so replying, answering evidence and cancelling happen in the patient's record.
   */
  readOnly?: boolean;
}): ReactElement {
  const { summary, gateway, me, config } = props;
  const client = useQueryClient();
  const query = useQuery(referralDetailQuery(gateway, summary));
  const detail = query.data;
  const error = query.error ? plainError(query.error) : undefined;
  const task = summary.task;
  const sr = summary.serviceRequest;
  const [answeredHere, setAnsweredHere] = useState<string[]>([]);
  const load = (): void => {
    void client.invalidateQueries({ queryKey: queryKeys.referral(sr.id ?? '') });
  };

  // Opening the referral is reading its messages: the ones to this user are marked read in the
  // record (Communication.received), once per message, so "new" clears here, in the worklist and after a relaunch.
  const marking = useRef(new Set<string>());
  const unread = detail ? unreadMessages(detail.messages, me.reference) : [];
  const unreadIds = unread.map((m) => m.id ?? '').join(',');
  useEffect(() => {
    const toMark = unread.filter((m) => !marking.current.has(m.id ?? ''));
    if (toMark.length === 0) {
      return;
    }
    toMark.forEach((m) => marking.current.add(m.id ?? ''));
    markRead(gateway, toMark, me.reference).then(
      () => {
        void client.invalidateQueries({ queryKey: queryKeys.worklist() });
        props.onChanged();
      },
      () => {
        // Not marked (e.g. the message changed meanwhile): it stays new and is tried again on the next look.
        toMark.forEach((m) => marking.current.delete(m.id ?? ''));
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the messages to mark, by id
  }, [unreadIds]);

  const answerFor = (t: Task): ReactNode =>
    props.readOnly ? (
      <p className="nhsuk-hint">To answer, open HJP Link from this patient’s record.</p>
    ) : (
      props.renderEvidenceAnswer(t, () => {
        setAnsweredHere((ids) => [...ids, t.id ?? '']);
        load();
      })
    );

  const names = (ref: string | undefined): string =>
    personName(ref, { me, people: detail?.people ?? {}, adviceOrganisation: config.adviceOrganisation });

  const reply = async (text: string, messageId: string): Promise<void> => {
    if (!task?.id || !sr.id) {
      return;
    }
    const lastFromAdviser = [...(detail?.messages ?? [])].reverse().find((m) => m.sender?.reference !== me.reference);
    await sendMessage(
      gateway,
      buildMessage({
        identifier: messageId,
        category: 'message',
        patientId: referenceId(sr.subject, 'Patient') ?? '',
        about: [`Task/${task.id}`],
        basedOn: `ServiceRequest/${sr.id}`,
        inResponseTo: lastFromAdviser?.id ? `Communication/${lastFromAdviser.id}` : undefined,
        sender: me.reference,
        recipients: [lastFromAdviser?.sender?.reference ?? config.adviceOrganisation.reference],
        text,
        sent: new Date(),
      }),
    );
    props.onChanged();
  };

  const cancel = async (reason: string): Promise<void> => {
    if (!task) {
      return;
    }
    await cancelReferral(gateway, task, sr, reason);
    props.onChanged();
  };

  const events = detail
    ? timeline({
        history: detail.history,
        messages: detail.messages,
        tasks: detail.tasks,
        me: me.reference,
        names,
        authors: detail.authors,
        appointments: detail.appointments,
      })
    : [];
  const outcome = task?.status === 'completed' ? outcomeLines(task) : [];
  return (
    <div data-testid="referral-timeline">
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Status</dt>
          <dd className="nhsuk-summary-list__value" data-testid="timeline-status">
            {task ? statusLabel(task.status, 'referrer') : 'Sent'}
            {stageText(task) ? ` – ${stageText(task) ?? ''}` : ''}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Areas</dt>
          <dd className="nhsuk-summary-list__value">{areasOf(sr).map(areaLabel).join(', ')}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Priority</dt>
          <dd className="nhsuk-summary-list__value">{sr.priority === 'urgent' ? 'Urgent' : 'Routine'}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Reference</dt>
          <dd className="nhsuk-summary-list__value app-reference" data-testid="timeline-reference">
            {referralReference(sr) ?? 'Not recorded'}
          </dd>
        </div>
        {task?.statusReason?.text && (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Reason</dt>
            <dd className="nhsuk-summary-list__value">{task.statusReason.text}</dd>
          </div>
        )}
      </dl>
      {outcome.length > 0 && (
        <section aria-labelledby="outcome-heading" data-testid="outcome">
          <h2 id="outcome-heading">Outcome</h2>
          <ul>
            {outcome.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <EvidenceRequests
        tasks={detail?.tasks ?? summary.evidenceRequests}
        keep={answeredHere}
        renderAnswer={(t) =>
          t.owner?.reference === me.reference ? answerFor(t) : <p className="nhsuk-hint">Asked of the referrer.</p>
        }
      />
      {error && <Problem title="The history could not be loaded" message={error} />}
      <h2>What has happened</h2>
      <ol className="app-timeline" reversed data-testid="timeline-events">
        {events.map((e, i) => (
          <li key={`${e.kind}-${e.at}-${String(i)}`}>
            <span className="app-timeline__when">{dateTimeInText(e.at)}</span>
            {e.kind === 'status' && (
              <p>
                <strong>{statusLabel(e.status, 'referrer')}</strong>
                {e.stage ? ` – ${e.stage}` : ''} · by {e.by}
                {e.reason ? (
                  <>
                    <br />
                    Reason: {e.reason}
                  </>
                ) : null}
              </p>
            )}
            {e.kind === 'message' && (
              <p>
                <strong>Message from {e.from}</strong>
                <br />
                <span className="app-timeline__text">{e.text}</span>
              </p>
            )}
            {e.kind === 'appointment' && (
              <p data-testid="timeline-appointment">
                <strong>Advice appointment ({appointmentStatusLabel(e.appointment.status).toLowerCase()})</strong>:{' '}
                {e.appointment.modeLabel.toLowerCase()}
                {e.appointment.place ? ` at ${e.appointment.place}` : ''} · {e.appointment.description}
              </p>
            )}
            {e.kind === 'evidence-request' && (
              <p>
                <strong>Medical evidence requested</strong>, due {dateInText(e.task.restriction?.period?.end)} · by{' '}
                {e.by}
              </p>
            )}
          </li>
        ))}
      </ol>
      {props.readOnly ? (
        <p className="nhsuk-body" data-testid="reply-in-record">
          To reply to the adviser or cancel this referral, open HJP Link from the patient’s record.
        </p>
      ) : (
        <>
          {task && !['cancelled', 'entered-in-error'].includes(task.status) && (
            <ReplyBox label="Message the adviser" onSend={reply} invalidates={[queryKeys.referral(sr.id ?? '')]} />
          )}
          {task && canCancel(task, me.reference) && (
            <CancelReferral
              onCancel={cancel}
              invalidates={[
                queryKeys.referral(sr.id ?? ''),
                queryKeys.referrals(referenceId(sr.subject, 'Patient') ?? ''),
              ]}
            />
          )}
        </>
      )}
    </div>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type ReactElement } from 'react';
import { Link } from 'wouter';
import type { ReferralTaskStatus } from '../../../fhir-profiles/src/terminology';
import { formatPatientName } from '../../domain/patient';
import type { FhirGateway } from '../../fhir/gateway';
import { EvidencePanel } from '../../evidence/EvidencePanel';
import { CloseCaseForm } from '../../outcomes/CloseCaseForm';
import type { CaseOutcomes } from '../../outcomes/outcomeOutputs';
import { StepHeading } from '../../ui/Heading';
import { Problem, plainError } from '../../ui/Problem';
import { requestEvidence } from '../../evidence/api';
import { closeCase } from '../../outcomes/api';
import { CaseActions } from '../../casework/CaseActions';
import { CaseOwnerPanel } from '../../casework/CaseOwnerPanel';
import { DuplicateNotice } from '../../casework/DuplicateNotice';
import { CaseDetails } from '../../casework/CaseDetails';
import { CaseHistory } from '../../casework/CaseHistory';
import { CaseStudyPanel } from '../../casestudies/CaseStudyPanel';
import { CaseMessages } from '../../casework/CaseMessages';
import { ConflictNotice } from '../../casework/ConflictNotice';
import type { FieldChange } from '../../domain/taskConflict';
import { caseQuery } from '../../casework/queries';
import { queryKeys } from '../../fhir/queryKeys';
import { lastCaseload } from './lastCaseload';
import { paths } from '../paths';
import { stageLabel, stageOf, statusLabel } from '../../domain/labels';
import { isWorking } from '../../domain/transitions';
import { recordedAt } from '../../domain/measures';
import { CaseAppointments } from '../../casework/CaseAppointments';
import { CaseNotes } from '../../casework/CaseNotes';
import { ReopenCase } from '../../casework/ReopenCase';
import { CaseMeasures } from '../../outcomes/CaseMeasures';
import { ClosedOutcome } from '../../outcomes/ClosedOutcome';
import { SuccessNotice } from '../../ui/SuccessNotice';
import { caseWrites } from './caseWrites';
import type { CaseUser } from '../../domain/taskChange';
import type { Task } from 'fhir/r4';

interface Props {
  gateway: FhirGateway;
  taskId: string;
  org: string;
  user: CaseUser;
}

function BackToCaseload(): ReactElement {
  return (
    <div className="nhsuk-back-link">
      <Link href={lastCaseload.href()} className="nhsuk-back-link__link">
        Back to caseload
      </Link>
    </div>
  );
}

/** One case: what was referred, what consent allows, the conversation, evidence, actions, history. */
export function CaseScreen({ gateway, taskId, org, user }: Props): ReactElement {
  const client = useQueryClient();
  const query = useQuery(caseQuery(gateway, taskId, org));
  const record = query.data;
  const [writeError, setError] = useState<unknown>();
  // What was just saved, shown (and focused) at the top; a counter so the same text is announced again.
  const [notice, setNotice] = useState<{ text: string; n: number } | undefined>();
  const say = useCallback((text: string) => {
    setNotice((old) => ({ text, n: (old?.n ?? 0) + 1 }));
  }, []);
  const error: unknown = writeError ?? query.error ?? undefined;
  // A close that lost to someone else's change: what changed, and the adviser's closing kept for a re-apply.
  const [closeConflict, setCloseConflict] = useState<
    { changes: FieldChange[]; current: Task; closing: CaseOutcomes; note: string } | undefined
  >();
  /** Everything a write changes: this case, and the caseload's pages and counts. */
  const refresh = useCallback(() => {
    void client.invalidateQueries({ queryKey: queryKeys.case(taskId) });
    void client.invalidateQueries({ queryKey: queryKeys.caseload(org) });
  }, [client, taskId, org]);

  if (!record) {
    return (
      <>
        <BackToCaseload />
        {error ? (
          <>
            <StepHeading title="Case">The case could not be opened</StepHeading>
            <Problem title="The case could not be opened" message={plainError(error)} />
          </>
        ) : (
          <p role="status">Loading case…</p>
        )}
      </>
    );
  }
  const current = record;
  const close = async (closing: CaseOutcomes, note: string): Promise<void> => {
    // Always based on the latest version read; a conflict re-reads it and keeps the adviser's closing.
    const result = await closeCase(gateway, current, closing, note, user);
    setCloseConflict(result.ok ? undefined : { changes: result.changes, current: result.current, closing, note });
    if (result.ok) {
      say('Case closed. The referrer has been sent the outcome.');
    }
    refresh();
  };
  const status = record.task.status as ReferralTaskStatus;
  const working = isWorking(status);
  const name = record.patient ? formatPatientName(record.patient.name) : 'Case';
  const writes = caseWrites(gateway, record, user);
  /** Runs a write, says what it did and reloads the case; a failure is shown by the form that asked. */
  const run =
    <A extends unknown[]>(write: (...args: A) => Promise<string>) =>
    async (...args: A): Promise<void> => {
      say(await write(...args));
      refresh();
    };
  return (
    <div data-testid="case-view">
      <BackToCaseload />
      <StepHeading caption="Case" title="Case">
        {name}
      </StepHeading>
      <p className="nhsuk-body-l" data-testid="case-status">
        {statusLabel(status)} · {stageLabel(stageOf(record.task))}
        {record.task.priority === 'urgent' && (
          <>
            {' '}
            · <strong className="nhsuk-tag nhsuk-tag--red">Urgent</strong>
          </>
        )}
      </p>
      {record.task.statusReason?.text && <p className="nhsuk-body">Reason: {record.task.statusReason.text}</p>}
      {notice && <SuccessNotice text={notice.text} count={notice.n} />}
      {error !== undefined && <Problem title="The case could not be refreshed" message={plainError(error)} />}
      <DuplicateNotice {...{ record, gateway, user, org }} onChanged={refresh} hrefFor={paths.case} />
      <CaseOwnerPanel task={record.task} gateway={gateway} user={user} org={org} onChanged={refresh} />
      {status === 'completed' && <ClosedOutcome task={record.task} />}
      {status === 'completed' && (
        <ReopenCase
          task={record.task}
          gateway={gateway}
          user={user}
          onReopened={(text) => {
            if (text) {
              say(text);
            }
            refresh();
          }}
        />
      )}
      <CaseActions
        key={record.task.meta?.versionId}
        task={record.task}
        gateway={gateway}
        user={user}
        onChanged={refresh}
        onSaved={say}
      />
      <CaseDetails record={record} />
      <CaseAppointments
        appointments={record.appointments}
        canBook={working}
        onBook={run(writes.book)}
        onMove={run(writes.move)}
        onCancel={run(writes.cancel)}
      />
      <CaseMessages
        messages={record.messages}
        me={user.reference}
        canSend={status !== 'requested'}
        draftKey={`${taskId}:message`}
        onSend={run(writes.message)}
      />
      <CaseNotes
        notes={record.notes}
        me={user.reference}
        authors={{}}
        draftKey={`${taskId}:note`}
        onAdd={run(writes.note)}
      />
      <CaseMeasures
        questionnaires={record.questionnaires}
        responses={record.measures}
        canRecord={working}
        onRecord={run(writes.measures)}
      />
      <EvidencePanel
        requests={record.evidenceRequests}
        consent={record.evidenceConsent}
        canRequest={working}
        onRequest={async (input) => {
          await requestEvidence(gateway, record, user, input);
          refresh();
        }}
      />
      {closeConflict && (
        <ConflictNotice
          changes={closeConflict.changes}
          current={closeConflict.current}
          gateway={gateway}
          canReapply={working}
          onReapply={() => {
            void close(closeConflict.closing, closeConflict.note).catch((err: unknown) => {
              setError(err);
            });
          }}
          onDiscard={() => {
            setCloseConflict(undefined);
            refresh();
          }}
        />
      )}
      {working && !closeConflict && (
        <CloseCaseForm
          key={record.task.id}
          onClose={close}
          closingMeasureDone={recordedAt(record.measures, 'closing')}
        />
      )}
      <CaseHistory history={record.history} authors={record.authors} />
      <CaseStudyPanel gateway={gateway} taskId={taskId} org={org} user={user} />
    </div>
  );
}

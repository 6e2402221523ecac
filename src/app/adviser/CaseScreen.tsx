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
import { sendMessage } from '../../casework/api';
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
import type { CaseUser } from '../../domain/taskChange';

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
  const error: unknown = writeError ?? query.error ?? undefined;
  // A close that lost to someone else's change: what changed, and the adviser's closing kept for a re-apply.
  const [closeConflict, setCloseConflict] = useState<
    { changes: FieldChange[]; closing: CaseOutcomes; note: string } | undefined
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
    setCloseConflict(result.ok ? undefined : { changes: result.changes, closing, note });
    refresh();
  };
  const status = record.task.status as ReferralTaskStatus;
  const working = isWorking(status);
  const name = record.patient ? formatPatientName(record.patient.name) : 'Case';
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
      {error !== undefined && <Problem title="The case could not be refreshed" message={plainError(error)} />}
      <DuplicateNotice {...{ record, gateway, user, org }} onChanged={refresh} hrefFor={paths.case} />
      <CaseOwnerPanel task={record.task} gateway={gateway} user={user} org={org} onChanged={refresh} />
      <CaseActions
        key={record.task.meta?.versionId}
        task={record.task}
        gateway={gateway}
        user={user}
        onChanged={refresh}
      />
      <CaseDetails record={record} />
      <CaseMessages
        messages={record.messages}
        me={user.reference}
        canSend={status !== 'requested'}
        onSend={async (text, id) => {
          await sendMessage(gateway, record, user, text, id);
          refresh();
        }}
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
      {working && !closeConflict && <CloseCaseForm key={record.task.id} onClose={close} />}
      <CaseHistory history={record.history} authors={record.authors} />
      <CaseStudyPanel gateway={gateway} taskId={taskId} org={org} user={user} />
    </div>
  );
}

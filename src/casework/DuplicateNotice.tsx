import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ServiceRequest, Task } from 'fhir/r4';
import { useState, type ReactElement } from 'react';
import { Link } from 'wouter';
import { statusLabel } from '../domain/labels';
import type { CaseUser } from '../domain/taskChange';
import { OPEN_TASK_STATUSES } from '../domain/taskStates';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { Button } from '../ui/Button';
import { Radios } from '../ui/Radios';
import { Problem, plainError } from '../ui/Problem';
import { linkDuplicates } from './api';
import { describeReferral, type OpenReferral } from './duplicates';
import { otherOpenReferralsQuery } from './queries';

interface Props {
  /** The case shown: its Task and referral. */
  record: { task: Task; referral: ServiceRequest | undefined };
  gateway: FhirGateway;
  user: CaseUser;
  org: string;
  /** The URL of a case. */
  hrefFor: (taskId: string) => string;
  onChanged: () => void;
}

type Keep = 'this' | 'other';

/**
 * When the patient has another open referral to the organisation: says so, links to it, and links
 * the two (one case continues, the other closes as a duplicate, both referrers are told).
 */
export function DuplicateNotice({ record, gateway, user, org, hrefFor, onChanged }: Props): ReactElement | null {
  const { task, referral } = record;
  const client = useQueryClient();
  const open = (OPEN_TASK_STATUSES as readonly string[]).includes(task.status);
  const others = useQuery({ ...otherOpenReferralsQuery(gateway, task, org), enabled: open });
  const [keep, setKeep] = useState<Keep | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const other = others.data?.[0];
  if (done) {
    return (
      <p className="nhsuk-body app-success" role="status" data-testid="duplicate-linked">
        {done}
      </p>
    );
  }
  if (!open || !other) {
    return null;
  }
  const here: OpenReferral = { task, referral };
  const link = async (): Promise<void> => {
    if (!keep) {
      setError('Choose which case continues.');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const [kept, closed] = keep === 'this' ? [here, other] : [other, here];
      await linkDuplicates(gateway, {
        keep: kept,
        close: closed,
        user,
        now: new Date(),
        messageIds: { keep: crypto.randomUUID(), close: crypto.randomUUID() },
      });
      setDone(
        keep === 'this'
          ? 'The other referral is closed as a duplicate of this case. Both referrers have been told.'
          : 'This referral is closed as a duplicate; the other case continues. Both referrers have been told.',
      );
      void client.invalidateQueries({ queryKey: queryKeys.case(other.task.id ?? '') });
      onChanged();
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="nhsuk-warning-callout" aria-labelledby="duplicate-heading" data-testid="duplicate-notice">
      <h2 className="nhsuk-warning-callout__label" id="duplicate-heading">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          This patient has another open referral
        </span>
      </h2>
      <ul className="nhsuk-list">
        {(others.data ?? []).map((r) => (
          <li key={r.task.id}>
            <Link href={hrefFor(r.task.id ?? '')}>{`Case ${describeReferral(r)}`}</Link>
            {` (${statusLabel(r.task.status)}${r.referral?.requester?.display ? `, by ${r.referral.requester.display}` : ''})`}
          </li>
        ))}
      </ul>
      {error && (
        <Problem title={keep ? 'The referrals were not linked' : 'Choose which case continues'} message={error} />
      )}
      <Radios<Keep>
        name="duplicate-keep"
        legend="If they are the same request, which case continues?"
        legendSize="s"
        hint="The other one closes as a duplicate and each referrer gets a message saying so."
        choices={[
          { value: 'this', label: `This case (${describeReferral(here)})` },
          { value: 'other', label: `The other case (${describeReferral(other)})` },
        ]}
        value={keep}
        onChange={setKeep}
      />
      <Button kind="secondary" busy={busy} testId="link-duplicates" onClick={() => void link()}>
        Link as duplicates
      </Button>
    </section>
  );
}

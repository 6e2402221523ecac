import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, type ReactElement } from 'react';
import type { Task } from 'fhir/r4';
import type { FhirGateway } from '../fhir/gateway';
import { dateTimeInText } from '../domain/dates';
import { whoChanged } from './api';
import { queryKeys } from '../fhir/queryKeys';
import type { FieldChange } from '../domain/taskConflict';
import { TableHead } from '../ui/TableHead';

/**
 * Someone else changed the case first: what they changed, and the adviser's choice to re-apply
 * their own change on the latest version or to drop it. Nothing was overwritten.
 */
export function ConflictNotice({
  changes,
  canReapply,
  onReapply,
  onDiscard,
  current,
  gateway,
}: {
  changes: readonly FieldChange[];
  /** The version that won, to name who saved it (its Provenance agent). */
  current?: Task | undefined;
  gateway?: FhirGateway | undefined;
  canReapply: boolean;
  onReapply: () => void;
  onDiscard: () => void;
}): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const version = current?.meta?.versionId ?? '';
  const who = useQuery({
    queryKey: queryKeys.changeAuthor(current?.id ?? '', version),
    queryFn: () => (gateway && current ? whoChanged(gateway, current) : Promise.resolve(null)),
    enabled: gateway !== undefined && current !== undefined,
    staleTime: Infinity,
  });
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={ref} data-testid="conflict">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>Someone else changed this case
        </span>
      </h2>
      {who.data && (
        <p data-testid="conflict-by">
          {who.data} changed it{current?.meta?.lastUpdated ? ` at ${dateTimeInText(current.meta.lastUpdated)}` : ''}.
        </p>
      )}
      <p>Your change was not saved, so nothing was overwritten. This is what changed since you opened the case:</p>
      {changes.length > 0 ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Changes made by someone else</caption>
          <TableHead columns={['What', 'When you opened it', 'Now']} />
          <tbody className="nhsuk-table__body">
            {changes.map((c) => (
              <tr className="nhsuk-table__row" key={c.field}>
                <td className="nhsuk-table__cell">{c.field}</td>
                <td className="nhsuk-table__cell">{c.before}</td>
                <td className="nhsuk-table__cell">{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The case was saved again by someone else, with no change to its status or stage.</p>
      )}
      {canReapply ? (
        <p>Check the changes above. You can apply your change to the latest version, or leave it.</p>
      ) : (
        <p>Your change no longer applies to the case as it is now.</p>
      )}
      <div className="nhsuk-button-group">
        {canReapply && (
          <button type="button" className="nhsuk-button" data-testid="reapply" onClick={onReapply}>
            Apply my change to the latest version
          </button>
        )}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onDiscard}>
          {canReapply ? 'Leave my change' : 'See the latest version'}
        </button>
      </div>
    </div>
  );
}

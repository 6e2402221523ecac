import { useQuery } from '@tanstack/react-query';
import type { Task } from 'fhir/r4';
import { useState, type ReactElement } from 'react';
import { caseOwnerOf, ownerText } from '../domain/caseOwner';
import type { CaseUser } from '../domain/taskChange';
import type { FhirGateway } from '../fhir/gateway';
import { Button } from '../ui/Button';
import { Problem, plainError } from '../ui/Problem';
import { ownerReference, type Adviser } from './advisers';
import { assignCase } from './api';
import { advisersQuery } from './queries';

interface Props {
  task: Task;
  gateway: FhirGateway;
  user: CaseUser;
  org: string;
  /** The case was saved (or someone else's version must be shown): reload it. */
  onChanged: () => void;
}

const NOBODY = '';

/** Who has the case: "Assign to me", or give it to another adviser of the organisation (or to nobody). */
export function CaseOwnerPanel({ task, gateway, user, org, onChanged }: Props): ReactElement {
  const advisers = useQuery(advisersQuery(gateway, org));
  const owner = caseOwnerOf(task);
  const [choice, setChoice] = useState(owner?.reference ?? NOBODY);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const list: readonly Adviser[] = advisers.data ?? [];
  const nameOf = (reference: string): string =>
    list.find((a) => a.reference === reference)?.name ?? (reference === user.reference ? 'you' : 'another adviser');

  const assign = async (to: string): Promise<void> => {
    setBusy(true);
    setFailure(undefined);
    setSaid(undefined);
    const adviser = list.find((a) => a.reference === to) ?? { reference: to, name: nameOf(to) };
    try {
      const result = await assignCase(gateway, task, to === NOBODY ? undefined : ownerReference(adviser), user);
      if (result.ok) {
        const who = to === user.reference ? 'you' : adviser.name;
        setSaid(to === NOBODY ? 'The case is now unassigned.' : `The case is now assigned to ${who}.`);
      } else {
        setFailure('Someone else changed this case just now. It has been reloaded: check who has it and try again.');
      }
      onChanged();
    } catch (err) {
      setFailure(plainError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="app-case-owner" aria-labelledby="case-owner-heading" data-testid="case-owner">
      <h2 id="case-owner-heading" className="nhsuk-heading-m">
        Case owner
      </h2>
      <p className="nhsuk-body" data-testid="case-owner-text">
        {ownerText(owner, user.reference)}
      </p>
      {said && (
        <p className="nhsuk-body app-success" role="status" data-testid="case-owner-saved">
          {said}
        </p>
      )}
      {failure && <Problem title="The case owner was not changed" message={failure} />}
      {owner?.reference !== user.reference && (
        <Button
          kind="secondary"
          busy={busy}
          testId="assign-to-me"
          onClick={() => {
            void assign(user.reference);
          }}
        >
          Assign to me
        </Button>
      )}
      <form
        className="app-filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice !== (owner?.reference ?? NOBODY)) {
            void assign(choice);
          }
        }}
      >
        <div className="nhsuk-form-group app-filter">
          <label className="nhsuk-label" htmlFor="assign-to">
            Assign to
          </label>
          <select
            className="nhsuk-select"
            id="assign-to"
            value={choice}
            onChange={(e) => {
              setChoice(e.target.value);
            }}
          >
            <option value={NOBODY}>Nobody (unassigned)</option>
            {list.map((a) => (
              <option key={a.reference} value={a.reference}>
                {a.reference === user.reference ? `${a.name} (you)` : a.name}
              </option>
            ))}
          </select>
        </div>
        <Button kind="secondary" type="submit" busy={busy} testId="assign-submit">
          Assign
        </Button>
      </form>
      {advisers.error !== null && (
        <p className="nhsuk-body-s">The list of advisers could not be loaded: {plainError(advisers.error)}</p>
      )}
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactElement } from 'react';
import type { ConsentMethod } from '../../fhir-profiles/src/terminology';
import { PARTNERSHIP } from '../config/partnership';
import { MAX_FREE_TEXT_CHARS } from '../domain/limits';
import type { FhirGateway } from '../fhir/gateway';
import { queryKeys } from '../fhir/queryKeys';
import { Button } from '../ui/Button';
import { ErrorSummary, type FieldError } from '../ui/ErrorSummary';
import { Problem, plainError } from '../ui/Problem';
import { Radios } from '../ui/Radios';
import { loadCaseStudyState, recordCaseStudyConsent, saveCaseStudy, type CaseStudyState } from './api';
import { buildCaseStudy, readCaseStudy } from './build';
import { describeDetail, identifyingDetails } from './identifying';

interface Props {
  gateway: FhirGateway;
  taskId: string;
  org: string;
  /** The adviser ("PractitionerRole/<id>"). */
  user: { reference: string };
}

/**
 * On a closed case: the adviser records whether the client agrees to a case study and, if they do,
 * writes it without identifying details (a warning names each one found). Nothing shows on an open case.
 */
export function CaseStudyPanel({ gateway, taskId, org, user }: Props): ReactElement | null {
  const query = useQuery({
    queryKey: queryKeys.caseStudy(taskId),
    queryFn: () => loadCaseStudyState(gateway, taskId, org),
  });
  const state = query.data;
  if (query.error) {
    return <Problem title="The case study could not be loaded" message={plainError(query.error)} />;
  }
  if (state?.task.status !== 'completed' || state.patientId === undefined) {
    return null;
  }
  return (
    <section aria-labelledby="case-study-heading" data-testid="case-study-panel">
      <h2 className="nhsuk-heading-m" id="case-study-heading">
        Case study
      </h2>
      {state.decision === undefined && (
        <ConsentQuestion
          gateway={gateway}
          state={state}
          patientId={state.patientId}
          org={org}
          user={user}
          taskId={taskId}
        />
      )}
      {state.decision === 'no' && (
        <p className="nhsuk-body" data-testid="case-study-refused">
          The client did not agree to a case study, so none can be written for this case.
        </p>
      )}
      {state.decision === 'yes' && <CaseStudyForm gateway={gateway} state={state} taskId={taskId} user={user} />}
    </section>
  );
}

function ConsentQuestion({
  gateway,
  patientId,
  org,
  user,
  taskId,
}: {
  gateway: FhirGateway;
  state: CaseStudyState;
  patientId: string;
  org: string;
  user: { reference: string };
  taskId: string;
}): ReactElement {
  const client = useQueryClient();
  const [agrees, setAgrees] = useState<'yes' | 'no' | undefined>();
  const [method, setMethod] = useState<ConsentMethod | undefined>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const record = async (): Promise<void> => {
    const missing: FieldError[] = [
      ...(agrees ? [] : [{ href: '#case-study-agrees', message: 'Select whether the client agrees to a case study' }]),
      ...(method ? [] : [{ href: '#case-study-method', message: 'Select how the client gave their answer' }]),
    ];
    setErrors(missing);
    if (!agrees || !method) {
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      await recordCaseStudyConsent(gateway, {
        patientId,
        org: { reference: org, display: PARTNERSHIP.adviceOrganisation.display },
        recordedBy: user.reference,
        method,
        agrees: agrees === 'yes',
      });
      await client.invalidateQueries({ queryKey: queryKeys.caseStudy(taskId) });
    } catch (err) {
      setProblem(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ErrorSummary errors={errors} />
      <p className="nhsuk-body">
        A case study tells the partnership’s funders what advice changed for someone, without anything that could
        identify them. It can be written only if the client agrees.
      </p>
      <Radios
        id="case-study-agrees"
        name="case-study-agrees"
        legend="Has the client agreed that their case may be written up as a case study?"
        legendSize="s"
        error={errors.find((e) => e.href === '#case-study-agrees')?.message}
        choices={[
          { value: 'yes', label: 'Yes, they agreed' },
          { value: 'no', label: 'No, they did not agree' },
        ]}
        value={agrees}
        onChange={setAgrees}
      />
      <Radios
        id="case-study-method"
        name="case-study-method"
        legend="How did they give their answer?"
        legendSize="s"
        error={errors.find((e) => e.href === '#case-study-method')?.message}
        choices={[
          { value: 'verbal', label: 'Verbally' },
          { value: 'written', label: 'In writing' },
        ]}
        value={method}
        onChange={setMethod}
      />
      {problem && <Problem title="The client’s answer was not recorded" message={problem} />}
      <Button
        busy={busy}
        kind="secondary"
        testId="record-case-study-consent"
        onClick={() => {
          void record();
        }}
      >
        Record the client’s answer
      </Button>
    </>
  );
}

function CaseStudyForm({
  gateway,
  state,
  taskId,
  user,
}: {
  gateway: FhirGateway;
  state: CaseStudyState;
  taskId: string;
  user: { reference: string };
}): ReactElement {
  const client = useQueryClient();
  const initial = state.study ? readCaseStudy(state.study) : undefined;
  const [title, setTitle] = useState(initial?.title ?? '');
  const [text, setText] = useState(initial?.text ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const details = identifyingDetails(`${title}\n${text}`, state.identity ?? { names: [] });
  const save = async (): Promise<void> => {
    const found: FieldError[] = [
      ...(title.trim() ? [] : [{ href: '#case-study-title', message: 'Enter a title' }]),
      ...(text.trim() ? [] : [{ href: '#case-study-text', message: 'Enter the case study' }]),
      ...(text.length > MAX_FREE_TEXT_CHARS
        ? [
            {
              href: '#case-study-text',
              message: `Keep it within ${MAX_FREE_TEXT_CHARS.toLocaleString('en-GB')} characters`,
            },
          ]
        : []),
      ...details.map((d) => ({ href: '#case-study-text', message: describeDetail(d) })),
    ];
    setErrors(found);
    if (found.length > 0) {
      return;
    }
    setBusy(true);
    setProblem(undefined);
    setSaved(false);
    try {
      const next = buildCaseStudy({ taskId, author: user.reference, title, text, now: new Date() });
      const result = await saveCaseStudy(gateway, next, state.study);
      client.setQueryData(queryKeys.caseStudy(taskId), { ...state, study: result });
      setSaved(true);
    } catch (err) {
      setProblem(plainError(err));
    } finally {
      setBusy(false);
    }
  };
  const textError = errors.filter((e) => e.href === '#case-study-text').map((e) => e.message);
  return (
    <>
      <ErrorSummary errors={errors} />
      <p className="nhsuk-body">
        The client agreed to a case study. Write what happened and what changed, without names, NHS numbers, dates of
        birth, addresses or anything else that could identify them.
        {state.identity === undefined &&
          ' HJP Link can no longer read this client’s details, so it cannot check for their name: check it yourself.'}
      </p>
      {details.length > 0 && (
        <div className="nhsuk-warning-callout" data-testid="identifying-warning">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Identifying details
            </span>
          </h3>
          <ul className="nhsuk-list">
            {details.map((d) => (
              <li key={`${d.kind}-${d.found}`}>{describeDetail(d)}</li>
            ))}
          </ul>
        </div>
      )}
      <div
        className={`nhsuk-form-group${errors.some((e) => e.href === '#case-study-title') ? ' nhsuk-form-group--error' : ''}`}
      >
        <label className="nhsuk-label nhsuk-label--s" htmlFor="case-study-title">
          Title
        </label>
        <input
          className="nhsuk-input"
          id="case-study-title"
          type="text"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <div className={`nhsuk-form-group${textError.length > 0 ? ' nhsuk-form-group--error' : ''}`}>
        <label className="nhsuk-label nhsuk-label--s" htmlFor="case-study-text">
          What happened and what changed
        </label>
        <textarea
          className="nhsuk-textarea"
          id="case-study-text"
          rows={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      {problem && <Problem title="The case study was not saved" message={problem} />}
      {saved && (
        <div className="nhsuk-inset-text" role="status" data-testid="case-study-saved">
          <p>The case study is saved. The partnership lead will see it in the funder report.</p>
        </div>
      )}
      <Button
        busy={busy}
        kind="secondary"
        testId="save-case-study"
        onClick={() => {
          void save();
        }}
      >
        Save case study
      </Button>
    </>
  );
}

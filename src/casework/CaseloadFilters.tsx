import type { ReactElement } from 'react';
import { Select } from '../ui/Select';
import { useAppliedDraft } from '../ui/useAppliedDraft';
import {
  BUSINESS_STAGE,
  WELFARE_LAW_AREA,
  type BusinessStage,
  type WelfareLawArea,
} from '../../fhir-profiles/src/terminology';
import { COUNTED_STATUSES, type CaseloadFilters as Filters } from './caseloadQuery';
import { statusLabel } from '../domain/labels';

/** The caseload filters: applied together with one button, so keyboard users are not surprised. */
export function CaseloadFilters({
  value,
  onApply,
}: {
  value: Filters;
  onApply: (filters: Filters) => void;
}): ReactElement {
  const { draft, setDraft, submit } = useAppliedDraft(value, onApply);
  const statusOptions: [string, string][] = [
    ['open', 'Open cases'],
    ['all', 'All cases'],
    ...COUNTED_STATUSES.map((s): [string, string] => [s, statusLabel(s)]),
  ];
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the caseload" data-testid="caseload-filters">
      <Select
        className="app-filter"
        id="filter-status"
        label="Status"
        value={draft.status}
        options={statusOptions}
        onChange={(v) => {
          setDraft({ ...draft, status: v as Filters['status'] });
        }}
      />
      <Select
        className="app-filter"
        id="filter-stage"
        label="Stage"
        value={draft.stage ?? ''}
        options={[['', 'Any stage'], ...Object.entries(BUSINESS_STAGE.codes)]}
        onChange={(v) => {
          setDraft({ ...draft, stage: (v || undefined) as BusinessStage | undefined });
        }}
      />
      <Select
        className="app-filter"
        id="filter-area"
        label="Area of law"
        value={draft.area ?? ''}
        options={[['', 'Any area'], ...Object.entries(WELFARE_LAW_AREA.codes)]}
        onChange={(v) => {
          setDraft({ ...draft, area: (v || undefined) as WelfareLawArea | undefined });
        }}
      />
      <Select
        className="app-filter"
        id="filter-urgency"
        label="Urgency"
        value={draft.urgency ?? ''}
        options={[
          ['', 'Urgent and routine'],
          ['urgent', 'Urgent only'],
          ['routine', 'Routine only'],
        ]}
        onChange={(v) => {
          setDraft({ ...draft, urgency: (v || undefined) as Filters['urgency'] });
        }}
      />
      <Select
        className="app-filter"
        id="filter-owner"
        label="Case owner"
        value={draft.owner ?? ''}
        options={[
          ['', 'Anyone or nobody'],
          ['mine', 'My cases'],
          ['unassigned', 'Unassigned'],
        ]}
        onChange={(v) => {
          setDraft({ ...draft, owner: (v || undefined) as Filters['owner'] });
        }}
      />
      <Select
        className="app-filter"
        id="filter-attention"
        label="Needs attention"
        value={draft.attention ?? ''}
        options={[
          ['', 'Any case'],
          ['urgent-waiting', 'Urgent, waiting over target'],
        ]}
        onChange={(v) => {
          setDraft({ ...draft, attention: (v || undefined) as Filters['attention'] });
        }}
      />
      <button
        className="nhsuk-button nhsuk-button--secondary app-filter__apply"
        type="submit"
        data-testid="apply-filters"
      >
        Apply filters
      </button>
    </form>
  );
}

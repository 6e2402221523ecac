import type { ReactElement } from 'react';
import { Select } from '../ui/Select';
import { useAppliedDraft } from '../ui/useAppliedDraft';
import { statusLabel } from '../domain/labels';
import { ATTENTION_LABELS } from './worklist';
import { ATTENTION_KINDS, type WorklistFilters as Filters } from './worklistFilterCodes';

const STATUSES = [
  'requested',
  'accepted',
  'in-progress',
  'on-hold',
  'completed',
  'rejected',
  'cancelled',
  'failed',
] as const;

/** The worklist's filters, applied together with one button (no surprise for keyboard users). */
export function WorklistFilters({
  value,
  onApply,
}: {
  value: Filters;
  onApply: (filters: Filters) => void;
}): ReactElement {
  const { draft, setDraft, submit } = useAppliedDraft(value, onApply);
  return (
    <form
      className="app-worklist-filters"
      onSubmit={submit}
      aria-label="Filter the referrals"
      data-testid="worklist-filters"
    >
      <Select
        id="filter-attention"
        label="Needs attention"
        value={draft.attention ?? ''}
        options={[['', 'Anything'], ...ATTENTION_KINDS.map((k) => [k, ATTENTION_LABELS[k]] as const)]}
        onChange={(v) => {
          const attention = ATTENTION_KINDS.find((k) => k === v);
          setDraft({ ...draft, attention });
        }}
      />
      <Select
        id="filter-who"
        label="Referred by"
        value={draft.who}
        options={[
          ['practice', 'Anyone in your organisation'],
          ['mine', 'You'],
        ]}
        onChange={(v) => {
          setDraft({ ...draft, who: v === 'mine' ? 'mine' : 'practice' });
        }}
      />
      <Select
        id="filter-status"
        label="Status"
        value={draft.status}
        options={[
          ['all', 'Any status'],
          ['open', 'Open'],
          ['closed', 'Closed'],
          ...STATUSES.map((s) => [s, statusLabel(s, 'referrer')] as const),
        ]}
        onChange={(v) => {
          setDraft({ ...draft, status: v as Filters['status'] });
        }}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" data-testid="apply-filters">
        Apply filters
      </button>
    </form>
  );
}

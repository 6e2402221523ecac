import type { Task } from 'fhir/r4';
import { stageLabel, stageOf, statusLabel } from './labels';

/** One field someone else changed between the version the adviser saw and the current one. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const FIELDS: readonly { field: string; value: (task: Task) => string }[] = [
  { field: 'Status', value: (t) => statusLabel(t.status) },
  { field: 'Stage', value: (t) => stageLabel(stageOf(t)) },
  { field: 'Reason', value: (t) => t.statusReason?.text ?? 'None' },
  { field: 'Outcomes recorded', value: (t) => String(t.output?.length ?? 0) },
  { field: 'Owner', value: (t) => t.owner?.display ?? t.owner?.reference ?? 'None' },
];

/** What changed between `seen` and `current`, in words, for the conflict message. */
export function diffTask(seen: Task, current: Task): FieldChange[] {
  return FIELDS.flatMap(({ field, value }) => {
    const before = value(seen);
    const after = value(current);
    return before === after ? [] : [{ field, before, after }];
  });
}

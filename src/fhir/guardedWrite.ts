import type { Task } from 'fhir/r4';
import { diffTask, type FieldChange } from '../domain/taskConflict';
import { isFhirError } from './errors';
import type { FhirGateway } from './gateway';

/** A write either succeeded, or lost to someone else's change: then the current Task and what changed. */
export type WriteResult = { ok: true; task: Task } | { ok: false; current: Task; changes: FieldChange[] };

/** Runs a write based on `base`; on 409/412 re-reads the Task and says what changed. Never retries by itself. */
export async function guardedWrite(gateway: FhirGateway, base: Task, write: () => Promise<Task>): Promise<WriteResult> {
  try {
    return { ok: true, task: await write() };
  } catch (err) {
    if (!isFhirError(err) || err.kind !== 'conflict') {
      throw err;
    }
    const current = await gateway.read<Task>('Task', base.id ?? '');
    return { ok: false, current, changes: diffTask(base, current) };
  }
}

import { deepClone } from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import type { ChangeLog, ChangeOp } from './changelog';
import { Mutex } from './mutex';

export type Stored = Resource & { id: string };

/** MemoryRepository keeps its tables private; the store reads them to undo and replay writes. */
interface Tables {
  readonly resources: Map<string, Map<string, Stored>>;
  readonly history: Map<string, Map<string, Stored[]>>;
}

interface Undo {
  readonly resourceType: string;
  readonly id: string;
  readonly previous: Stored | undefined;
  readonly historyLength: number;
}

/**
 * The engine (Medplum's MemoryRepository) plus what it lacks: undo for atomic units of work,
 * a change log for persistence, and a mutex that serialises requests.
 */
export class Store {
  readonly engine = new MemoryRepository();
  readonly mutex = new Mutex();
  private readonly tables: Tables;
  private readonly undo: Undo[] = [];
  private readonly ops: ChangeOp[] = [];

  constructor(private readonly log: ChangeLog | null) {
    this.tables = this.engine as unknown as Tables;
  }

  /** The stored current version (not a copy: never mutate it). */
  current(resourceType: string, id: string): Stored | undefined {
    return this.tables.resources.get(resourceType)?.get(id);
  }

  /** Every stored version, oldest first (not copies). */
  versions(resourceType: string, id: string): readonly Stored[] {
    return this.tables.history.get(resourceType)?.get(id) ?? [];
  }

  /** The current versions of a type (not copies: never mutate them). */
  all(resourceType: string): Iterable<Stored> {
    return this.tables.resources.get(resourceType)?.values() ?? [];
  }

  isEmpty(): boolean {
    return [...this.tables.resources.values()].every((byId) => byId.size === 0);
  }

  /** Writes a version whose meta (versionId, lastUpdated) the caller has set. */
  async put(resource: Stored): Promise<Stored> {
    const step = this.undoStep(resource.resourceType, resource.id);
    const saved = await this.engine.withSeeding(() =>
      this.engine.createResource(resource, { assignedId: true }, step.previous !== undefined),
    );
    this.undo.push(step);
    this.ops.push({ op: 'put', resource: deepClone(saved) });
    return saved;
  }

  async remove(resourceType: string, id: string): Promise<void> {
    const step = this.undoStep(resourceType, id);
    await this.engine.deleteResource(resourceType, id);
    this.undo.push(step);
    this.ops.push({ op: 'delete', resourceType, id });
  }

  savepoint(): number {
    return this.undo.length;
  }

  /** Undoes every write since the savepoint, restoring current versions and history. */
  rollbackTo(savepoint: number): void {
    while (this.undo.length > savepoint) {
      const step = this.undo.pop();
      if (!step) {
        break;
      }
      const byId = this.tables.resources.get(step.resourceType);
      if (step.previous) {
        byId?.set(step.id, step.previous);
      } else {
        byId?.delete(step.id);
      }
      const history = this.tables.history.get(step.resourceType)?.get(step.id);
      if (history) {
        history.length = step.historyLength;
      }
    }
    this.ops.length = savepoint;
  }

  /** Makes the pending writes durable as one log record. */
  commit(): void {
    if (this.ops.length > 0) {
      this.log?.append(this.ops);
    }
    this.ops.length = 0;
    this.undo.length = 0;
  }

  /** Applies logged writes at start-up, keeping ids, versionIds and lastUpdated. */
  async replay(units: readonly (readonly ChangeOp[])[]): Promise<void> {
    for (const unit of units) {
      for (const change of unit) {
        if (change.op === 'put') {
          const exists = this.current(change.resource.resourceType, change.resource.id) !== undefined;
          await this.engine.withSeeding(() =>
            this.engine.createResource(change.resource, { assignedId: true }, exists),
          );
        } else {
          this.tables.resources.get(change.resourceType)?.delete(change.id);
        }
      }
    }
  }

  private undoStep(resourceType: string, id: string): Undo {
    return {
      resourceType,
      id,
      previous: this.current(resourceType, id),
      historyLength: this.versions(resourceType, id).length,
    };
  }
}

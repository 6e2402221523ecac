import { deepClone } from '@medplum/core';
import { MemoryRepository } from '@medplum/fhir-router';
import type { Resource } from '@medplum/fhirtypes';
import type { ChangeLog, ChangeOp } from './changelog';
import { Mutex } from './mutex';

export type Stored = Resource & { id: string };

interface Undo {
  readonly resourceType: string;
  readonly id: string;
  readonly previous: Stored | undefined;
  readonly historyLength: number;
}

/**
 * The sandbox's own tables (current versions and every version) plus what a FHIR engine lacks:
 * undo for atomic units of work, a change log for persistence, and a mutex that serialises
 * requests. Medplum's MemoryRepository is kept as a mirror for matching, chained search and
 * `_include` only, and is driven through its public API alone (create, delete), so an upgrade of
 * Medplum cannot silently change what is stored or what a rollback restores.
 */
export class Store {
  readonly engine = new MemoryRepository();
  readonly mutex = new Mutex();
  private readonly resources = new Map<string, Map<string, Stored>>();
  private readonly history = new Map<string, Map<string, Stored[]>>();
  private readonly undo: Undo[] = [];
  private readonly ops: ChangeOp[] = [];

  constructor(private readonly log: ChangeLog | null) {}

  /** The stored current version (not a copy: never mutate it). */
  current(resourceType: string, id: string): Stored | undefined {
    return this.resources.get(resourceType)?.get(id);
  }

  /** Every stored version, oldest first (not copies). */
  versions(resourceType: string, id: string): readonly Stored[] {
    return this.history.get(resourceType)?.get(id) ?? [];
  }

  /** The current versions of a type (not copies: never mutate them). */
  all(resourceType: string): Iterable<Stored> {
    return this.resources.get(resourceType)?.values() ?? [];
  }

  isEmpty(): boolean {
    return [...this.resources.values()].every((byId) => byId.size === 0);
  }

  /** Writes a version whose meta (versionId, lastUpdated) the caller has set. */
  async put(resource: Stored): Promise<Stored> {
    const step = this.undoStep(resource.resourceType, resource.id);
    const saved = deepClone(resource);
    await this.mirror(saved, step.previous !== undefined);
    this.setCurrent(saved);
    this.versionsOf(saved.resourceType, saved.id).push(saved);
    this.undo.push(step);
    this.ops.push({ op: 'put', resource: deepClone(saved) });
    return saved;
  }

  async remove(resourceType: string, id: string): Promise<void> {
    const step = this.undoStep(resourceType, id);
    await this.engine.deleteResource(resourceType, id);
    this.resources.get(resourceType)?.delete(id);
    this.undo.push(step);
    this.ops.push({ op: 'delete', resourceType, id });
  }

  savepoint(): number {
    return this.undo.length;
  }

  /** Undoes every write since the savepoint, restoring current versions, history and the engine's mirror. */
  async rollbackTo(savepoint: number): Promise<void> {
    while (this.undo.length > savepoint) {
      const step = this.undo.pop();
      if (!step) {
        break;
      }
      if (step.previous) {
        await this.mirror(step.previous, this.current(step.resourceType, step.id) !== undefined);
        this.setCurrent(step.previous);
      } else if (this.current(step.resourceType, step.id)) {
        await this.engine.deleteResource(step.resourceType, step.id);
        this.resources.get(step.resourceType)?.delete(step.id);
      }
      this.versionsOf(step.resourceType, step.id).length = step.historyLength;
    }
    this.ops.length = Math.min(this.ops.length, savepoint);
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
          const saved = deepClone(change.resource);
          await this.mirror(saved, this.current(saved.resourceType, saved.id) !== undefined);
          this.setCurrent(saved);
          this.versionsOf(saved.resourceType, saved.id).push(saved);
        } else if (this.current(change.resourceType, change.id)) {
          await this.engine.deleteResource(change.resourceType, change.id);
          this.resources.get(change.resourceType)?.delete(change.id);
        }
      }
    }
  }

  /** The engine's copy, written through its public API with our id, versionId and lastUpdated. */
  private async mirror(resource: Stored, exists: boolean): Promise<void> {
    await this.engine.withSeeding(() => this.engine.createResource(deepClone(resource), { assignedId: true }, exists));
  }

  private setCurrent(resource: Stored): void {
    let byId = this.resources.get(resource.resourceType);
    if (!byId) {
      byId = new Map();
      this.resources.set(resource.resourceType, byId);
    }
    byId.set(resource.id, resource);
  }

  private versionsOf(resourceType: string, id: string): Stored[] {
    let byId = this.history.get(resourceType);
    if (!byId) {
      byId = new Map();
      this.history.set(resourceType, byId);
    }
    let versions = byId.get(id);
    if (!versions) {
      versions = [];
      byId.set(id, versions);
    }
    return versions;
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

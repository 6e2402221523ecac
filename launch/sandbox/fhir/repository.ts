import { randomUUID } from 'node:crypto';
import { applyPatch, deepClone, gone, notFound, OperationOutcomeError } from '@medplum/core';
import type { Operation, SearchRequest, WithId } from '@medplum/core';
import { FhirRepository } from '@medplum/fhir-router';
import type {
  CreateResourceOptions,
  DeleteResourceOptions,
  ReadHistoryOptions,
  UpdateResourceOptions,
} from '@medplum/fhir-router';
import type { Bundle, Parameters, Reference, Resource } from '@medplum/fhirtypes';
import type { ResourceValidator } from '../../../fhir-profiles/src/validation/index';
import type { AccessPolicy, FhirInteraction, RecordAccess, WriteInteraction } from '../types';
import {
  badRequestError,
  forbiddenError,
  guardAccess,
  invalidOutcome,
  preconditionFailedError,
  preconditionRequiredError,
} from './outcomes';
import { runSearch } from './search';
import type { Store, Stored } from './store';

export interface RequestContext {
  readonly store: Store;
  readonly validator: ResourceValidator;
  readonly access: AccessPolicy;
  readonly fhirBase: string;
}

/**
 * The repository FhirRouter works on for one request: every read and write goes through the
 * access policy, every write through validation, versioning (1, 2, 3…) and the store's undo log.
 */
export class GuardedRepository extends FhirRepository {
  private readonly record: RecordAccess;

  constructor(private readonly ctx: RequestContext) {
    super();
    this.record = ctx.access.begin(ctx.store);
  }

  setMode(): void {
    // one in-memory store: no reader/writer split
  }

  generateId(): string {
    return randomUUID();
  }

  async createResource<T extends Resource>(resource: T, options?: CreateResourceOptions): Promise<WithId<T>> {
    this.allow('create', resource.resourceType);
    const id = options?.assignedId && resource.id ? resource.id : this.generateId();
    if (this.ctx.store.current(resource.resourceType, id)) {
      throw badRequestError(`Id already in use: ${id}`);
    }
    return this.write('create', { ...resource, id }) as Promise<WithId<T>>;
  }

  async updateResource<T extends Resource>(resource: T, options?: UpdateResourceOptions): Promise<WithId<T>> {
    this.allow('update', resource.resourceType);
    if (!resource.id) {
      throw badRequestError('Missing id');
    }
    requireIfMatch(resource.resourceType, options?.ifMatch, this.ctx.store.current(resource.resourceType, resource.id));
    const current =
      options?.ifMatch === undefined
        ? this.ctx.store.current(resource.resourceType, resource.id)
        : this.mustExist(resource.resourceType, resource.id);
    if (current) {
      this.checkCurrent('update', current, options?.ifMatch);
    }
    return this.write(current ? 'update' : 'create', { ...resource, id: resource.id }, current) as Promise<WithId<T>>;
  }

  async patchResource<T extends Resource>(
    resourceType: T['resourceType'],
    id: string,
    patch: Operation[] | Parameters,
    options?: UpdateResourceOptions,
  ): Promise<WithId<T>> {
    this.allow('update', resourceType);
    requireIfMatch(resourceType, options?.ifMatch, this.ctx.store.current(resourceType, id));
    if (!Array.isArray(patch)) {
      throw badRequestError('Only JSON Patch (application/json-patch+json) is supported');
    }
    const existing = this.mustExist(resourceType, id);
    this.checkCurrent('update', existing, options?.ifMatch);
    const patched = deepClone(existing) as T;
    const errors = applyPatch(patched, patch).filter((e) => e !== null);
    if (errors.length > 0) {
      throw badRequestError(errors.map((e) => e.message).join('; '));
    }
    if (patched.resourceType !== resourceType || patched.id !== id) {
      throw badRequestError('A patch may not change resourceType or id');
    }
    return this.write('update', patched as Stored, existing) as Promise<WithId<T>>;
  }

  async deleteResource(resourceType: string, id: string, options?: DeleteResourceOptions): Promise<void> {
    this.allow('delete', resourceType);
    requireIfMatch(resourceType, options?.ifMatch, this.ctx.store.current(resourceType, id));
    const current = this.mustExist(resourceType, id);
    this.checkCurrent('delete', current, options?.ifMatch);
    this.guardWrite('delete', undefined, current);
    await this.ctx.store.remove(resourceType, id);
    this.record.changed();
  }

  async readResource<T extends Resource>(resourceType: string, id: string): Promise<WithId<T>> {
    this.allow('read', resourceType);
    return Promise.resolve(this.visible('read', deepClone(this.mustExist(resourceType, id))) as WithId<T>);
  }

  async readReference<T extends Resource>(reference: Reference<T>): Promise<WithId<T>> {
    const [type, id, extra] = reference.reference?.split('/') ?? [];
    if (!type || !id || extra !== undefined) {
      throw badRequestError(`Invalid reference: ${reference.reference ?? ''}`);
    }
    return this.readResource<T>(type, id);
  }

  async readReferences<T extends Resource>(references: readonly Reference<T>[]): Promise<(T | Error)[]> {
    return Promise.all(references.map((r) => this.readReference(r).catch((err: unknown) => err as Error)));
  }

  async readHistory<T extends Resource>(
    resourceType: string,
    id: string,
    options?: ReadHistoryOptions,
  ): Promise<Bundle<WithId<T>>> {
    this.allow('read', resourceType);
    const all = [...this.ctx.store.versions(resourceType, id)].reverse();
    const latest = all[0];
    if (latest === undefined) {
      throw new OperationOutcomeError(notFound);
    }
    this.visible('read', latest);
    const versions = all.flatMap((v) => {
      const seen = this.record.reveal('read', v);
      return 'refused' in seen ? [] : [seen];
    });
    const offset = options?.offset ?? 0;
    const page = versions.slice(offset, offset + (options?.limit ?? versions.length));
    const entry = page.map((v) => ({
      fullUrl: `${this.ctx.fhirBase}/${resourceType}/${id}`,
      resource: deepClone(v) as WithId<T>,
    }));
    return Promise.resolve({ resourceType: 'Bundle', type: 'history', total: versions.length, entry });
  }

  async readVersion<T extends Resource>(resourceType: string, id: string, vid: string): Promise<WithId<T>> {
    this.allow('read', resourceType);
    const version = this.ctx.store.versions(resourceType, id).find((v) => v.meta?.versionId === vid);
    if (!version) {
      throw new OperationOutcomeError(notFound);
    }
    return Promise.resolve(this.visible('read', deepClone(version)) as WithId<T>);
  }

  async search<T extends Resource>(request: SearchRequest<T>): Promise<Bundle<WithId<T>>> {
    this.allow('search', request.resourceType);
    const reveal = (mode: 'read' | 'search', resource: Resource): Resource | undefined => {
      const seen = this.record.reveal(mode, resource);
      return 'refused' in seen ? undefined : seen;
    };
    const bundle = await runSearch(this.ctx.store, request, this.ctx.fhirBase, reveal);
    return bundle as Bundle<WithId<T>>;
  }

  searchByReference(): Promise<never> {
    return Promise.reject(badRequestError('searchByReference is not supported'));
  }

  /** Nested units roll back to their own savepoint; the request commits or rolls back the rest. */
  async withTransaction<TResult>(callback: (repo: this) => Promise<TResult>): Promise<TResult> {
    const savepoint = this.ctx.store.savepoint();
    try {
      return await callback(this);
    } catch (err) {
      await this.ctx.store.rollbackTo(savepoint);
      throw err;
    }
  }

  private allow(interaction: FhirInteraction, resourceType: string): void {
    guardAccess(() => {
      this.ctx.access.assertInteraction(interaction, resourceType);
    });
  }

  /** The resource as the token may see it; a plain 403 when it may not see it at all. */
  private visible<R extends Resource>(interaction: 'read' | 'search', resource: R): R {
    const seen = this.record.reveal(interaction, resource);
    if ('refused' in seen) {
      throw forbiddenError(seen.refused);
    }
    return seen;
  }

  private guardWrite(interaction: WriteInteraction, next: Resource | undefined, current: Resource | undefined): void {
    guardAccess(() => {
      this.record.assertWrite(interaction, next, current);
    });
  }

  private mustExist(resourceType: string, id: string): Stored {
    const current = this.ctx.store.current(resourceType, id);
    if (current) {
      return current;
    }
    throw new OperationOutcomeError(this.ctx.store.versions(resourceType, id).length > 0 ? gone : notFound);
  }

  /** The current version a write replaces: checked against If-Match (the access rules come with the write). */
  private checkCurrent(_interaction: FhirInteraction, current: Stored, ifMatch: string | undefined): Stored {
    if (ifMatch !== undefined && current.meta?.versionId !== ifMatch) {
      throw preconditionFailedError(
        `If-Match W/"${ifMatch}" is stale: the current version is W/"${current.meta?.versionId ?? ''}"`,
      );
    }
    return current;
  }

  private async write(interaction: 'create' | 'update', resource: Stored, current?: Stored): Promise<Stored> {
    const versionId = String(this.ctx.store.versions(resource.resourceType, resource.id).length + 1);
    const candidate: Stored = {
      ...resource,
      meta: { ...resource.meta, versionId, lastUpdated: new Date().toISOString() },
    };
    const issues = this.ctx.validator.validate(candidate);
    if (issues.length > 0) {
      throw new OperationOutcomeError(invalidOutcome(issues));
    }
    this.guardWrite(interaction, candidate, current);
    const saved = await this.ctx.store.put(candidate);
    this.record.changed();
    return saved;
  }
}

/** Types whose updates and deletes must say which version they change (access model: 428 without If-Match). */
const VERSIONED_WRITES: ReadonlySet<string> = new Set(['Task', 'ServiceRequest', 'Consent', 'Communication']);

function requireIfMatch(resourceType: string, ifMatch: string | undefined, current: Resource | undefined): void {
  if (ifMatch === undefined && current !== undefined && VERSIONED_WRITES.has(resourceType)) {
    throw preconditionRequiredError(
      `An update of a ${resourceType} must say which version it changes (If-Match), so no one's change is lost. Read it again and retry.`,
    );
  }
}

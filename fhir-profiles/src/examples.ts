import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';

/** Node-only helpers for tests: the compiled valid examples and the hand-written invalid cases. */
const here = import.meta.dirname;
export const PACKAGE_DIR = join(here, '..', 'build', 'package');
export const EXAMPLES_DIR = join(here, '..', 'build', 'examples');
const INVALID_CASES_FILE = join(here, '..', 'examples', 'invalid', 'cases.json');

/** Valid example instances compiled by SUSHI, by file name without .json (e.g. "Task-example-referral-task"). */
export function loadValidExamples(): Map<string, Resource> {
  const out = new Map<string, Resource>();
  for (const f of readdirSync(EXAMPLES_DIR)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    out.set(f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')) as Resource);
  }
  return out;
}

type PatchOp = { set: string; value: unknown } | { remove: string };

export interface InvalidCase {
  name: string;
  base: string;
  why: string;
  expect: { expression: string; text: string };
  resource: Resource;
}

interface CaseFile {
  cases: (Omit<InvalidCase, 'resource'> & { ops: PatchOp[] })[];
}

function applyOp(doc: unknown, op: PatchOp): void {
  const pointer = 'set' in op ? op.set : op.remove;
  const parts = pointer.split('/').slice(1);
  const last = parts.pop();
  let node = doc as Record<string, unknown>;
  for (const p of parts) {
    node = node[p] as Record<string, unknown>;
  }
  if (last === undefined || typeof node !== 'object') {
    throw new Error(`Bad pointer ${pointer}`);
  }
  if ('set' in op) {
    node[last] = op.value;
  } else if (Array.isArray(node)) {
    node.splice(Number(last), 1);
  } else {
    Reflect.deleteProperty(node, last);
  }
}

/** The invalid cases, each applied to a deep copy of its valid base example. */
export function loadInvalidCases(): InvalidCase[] {
  const valid = loadValidExamples();
  const file = JSON.parse(readFileSync(INVALID_CASES_FILE, 'utf8')) as CaseFile;
  return file.cases.map(({ ops, ...c }) => {
    const base = valid.get(c.base);
    if (!base) {
      throw new Error(`Invalid case ${c.name}: no valid example ${c.base}`);
    }
    const resource = structuredClone(base);
    for (const op of ops) {
      applyOp(resource, op);
    }
    return { ...c, resource };
  });
}

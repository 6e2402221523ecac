import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';

/** One committed write. A log line holds every op of one unit of work (a transaction is one line). */
export type ChangeOp =
  | { readonly op: 'put'; readonly resource: Resource & { id: string } }
  | { readonly op: 'delete'; readonly resourceType: string; readonly id: string };

export interface ChangeLog {
  /** Appends one unit of work synchronously; it is on disk (in the OS) when this returns. */
  append(ops: readonly ChangeOp[]): void;
}

export const CHANGE_LOG_FILE = 'changes.ndjson';

interface LogLine {
  readonly at: string;
  readonly ops: readonly ChangeOp[];
}

/** Reads the committed units of work in order; a torn last line (crash mid-write) is ignored. */
export function readChangeLog(dataDir: string): ChangeOp[][] {
  const file = join(dataDir, CHANGE_LOG_FILE);
  if (!existsSync(file)) {
    return [];
  }
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  const units: ChangeOp[][] = [];
  lines.forEach((line, index) => {
    try {
      units.push([...(JSON.parse(line) as LogLine).ops]);
    } catch (err) {
      if (index !== lines.length - 1) {
        throw new Error(`Corrupt sandbox change log at line ${index + 1}`, { cause: err });
      }
      console.warn('Sandbox change log: ignoring an incomplete last line');
    }
  });
  return units;
}

export function openChangeLog(dataDir: string): ChangeLog {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, CHANGE_LOG_FILE);
  return {
    append(ops: readonly ChangeOp[]): void {
      const line: LogLine = { at: new Date().toISOString(), ops };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    },
  };
}

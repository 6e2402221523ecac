import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalSqlOnFhir } from '@medplum/core';
import type { Resource, ViewDefinition } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';

/**
 * The official SQL on FHIR v2 test cases for the features HJP Link's ViewDefinitions use,
 * vendored in test/conformance/sql-on-fhir (MIT), run with the runner the evaluation job uses.
 */
interface ConformanceCase {
  title: string;
  view: ViewDefinition;
  expect?: Record<string, unknown>[];
  expectError?: boolean;
}
interface ConformanceFile {
  title: string;
  resources: Resource[];
  tests: ConformanceCase[];
}

const dir = join(import.meta.dirname, '../../../test/conformance/sql-on-fhir/tests');

/** Cases evalSqlOnFhir fails, of features the views do not use (checked in views.test.ts). */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {
  'forEachOrNull & unionAll on the same level': 'unionAll is not used by the views',
  'forEachOrNull & unionAll & column & select on the same level': 'unionAll is not used by the views',
  collection: 'collection columns are not used by the views',
};

const canonical = (rows: readonly Record<string, unknown>[]): string[] =>
  rows
    .map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)))))
    .sort();

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ConformanceFile);

describe('SQL on FHIR v2 official cases (features the views use)', () => {
  it('vendors the eleven files the views need', () => {
    expect(files.map((f) => f.title).sort()).toEqual([
      'basic',
      'constant',
      'fhirpath',
      'fn_empty',
      'fn_extension',
      'fn_first',
      'fn_oftype',
      'fn_reference_keys',
      'foreach',
      'logic',
      'where',
    ]);
  });

  for (const file of files) {
    describe(file.title, () => {
      for (const test of file.tests.filter((t) => !(t.title in KNOWN_FAILURES))) {
        it(test.title, () => {
          if (test.expectError) {
            expect(() => evalSqlOnFhir(test.view, file.resources)).toThrow();
            return;
          }
          const rows = evalSqlOnFhir(test.view, file.resources) as Record<string, unknown>[];
          expect(canonical(rows)).toEqual(canonical(test.expect ?? []));
        });
      }
    });
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViewDefinition, ViewDefinitionSelect } from '@medplum/fhirtypes';

/** The SQL on FHIR v2 column types the views use, mapped to SQL types (DuckDB and Spark SQL alike). */
export const SQL_TYPE: Readonly<Record<string, string>> = {
  string: 'VARCHAR',
  code: 'VARCHAR',
  id: 'VARCHAR',
  uri: 'VARCHAR',
  date: 'VARCHAR',
  dateTime: 'VARCHAR',
  instant: 'VARCHAR',
  integer: 'INTEGER',
  decimal: 'DOUBLE',
  boolean: 'BOOLEAN',
};

/** A ViewDefinition as HJP Link ships it: url, name and typed columns are required. */
export type HjpView = ViewDefinition & { url: string; name: string };

export interface ViewColumn {
  readonly name: string;
  readonly type: string;
}

export const VIEWS_DIR = join(import.meta.dirname, '..', '..', 'input', 'views');

/** Reads every ViewDefinition of fhir-profiles/input/views (the package copies them as they are). */
export function loadViews(dir: string = VIEWS_DIR): HjpView[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as HjpView);
}

type Select = ViewDefinitionSelect;

/** The columns of a view in output order (columns, then nested selects, depth first). */
export function viewColumns(view: ViewDefinition): ViewColumn[] {
  const walk = (selects: readonly Select[] | undefined): ViewColumn[] =>
    (selects ?? []).flatMap((s) => [
      ...(s.column ?? []).map((c) => ({ name: c.name, type: c.type ?? 'string' })),
      ...walk(s.select),
      ...walk(s.unionAll?.slice(0, 1)),
    ]);
  return walk(view.select);
}

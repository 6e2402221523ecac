// `npm run evaluate:export-views -- <dir>`: the metric definitions for another engine (Pathling on
// Spark, Google's FHIR Views on BigQuery, Aidbox, any SQL on FHIR v2 runner): every ViewDefinition
// as JSON, one Bundle of them, and the measure SQL with the Spark SQL helper functions.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadViews } from '../../../fhir-profiles/src/views/views';
import { SQL_DIR } from './database';

const dir = resolve(process.argv[2] ?? 'evaluation-views');
const views = loadViews();
mkdirSync(join(dir, 'views'), { recursive: true });
mkdirSync(join(dir, 'sql'), { recursive: true });
for (const view of views) {
  writeFileSync(join(dir, 'views', `${view.name}.json`), `${JSON.stringify(view, null, 2)}\n`);
}
writeFileSync(
  join(dir, 'views.bundle.json'),
  `${JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: views.map((resource) => ({ fullUrl: resource.url, resource })) }, null, 2)}\n`,
);
const sql = readdirSync(SQL_DIR).filter((f) => f.endsWith('.sql') && !f.includes('duckdb'));
for (const file of sql) {
  copyFileSync(join(SQL_DIR, file), join(dir, 'sql', file));
}
console.info(`${String(views.length)} ViewDefinitions and ${String(sql.length)} SQL files -> ${dir}`);

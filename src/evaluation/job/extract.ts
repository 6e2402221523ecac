import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { statements, SQL_DIR, type EvaluationDb } from './database';

/** Column → meaning, written beside the extract as its data dictionary. */
export const EXTRACT_DICTIONARY: readonly (readonly [string, string])[] = [
  [
    'person_pseudonym',
    'SHA-256 of the project salt and the person: the same person has the same value within one project, a different one in another',
  ],
  ['referral_pseudonym', 'SHA-256 of the project salt and the referral'],
  ['referral_month', 'Month the referral was sent (YYYY-MM)'],
  ['age_band', 'Age at the referral date: 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+'],
  [
    'deprivation_decile',
    '1 (most deprived) to 10, from the postcode via the partnership’s lookup; not-recorded if unknown',
  ],
  ['sex', 'Administrative gender as recorded (female, male, other, unknown)'],
  ['ethnic_category', 'UK Core ethnic category code where recorded'],
  ['referral_source', 'Role of the referrer (gp, ward-nurse, …)'],
  ['setting', 'general-practice or hospital-ward'],
  ['area_benefits … area_immigration', '1 if the referral asked for help in that area of law, else 0'],
  [
    'status',
    'Referral Task status (requested, accepted, in-progress, on-hold, completed, rejected, cancelled, failed)',
  ],
  ['stage', 'Advice stage (business-stage code)'],
  ['first_contact_month', 'Month of first contact (YYYY-MM), see the measure definition'],
  ['days_to_first_contact', 'Days from referral to first contact'],
  ['closed_month', 'Month the case closed with outcomes recorded (YYYY-MM)'],
  ['advice_sessions', 'Number of advice sessions recorded at closure'],
  ['assistance_level', 'Level of assistance (assistance-level code)'],
  ['gain_recurring', 'Annualised ongoing benefit gain, £ (weekly × weeks per year)'],
  ['gain_arrears', 'Arrears and backdated payments, £'],
  ['gain_one_off', 'One-off payments and grants, £'],
  ['debt_written_off', 'Debt written off, £'],
  ['debt_managed', 'Debt managed (rescheduled), £'],
];

/** The project's salt, made on first use and kept with the job's key (never in the extract). */
export function projectSalt(keyDir: string, project: string): string {
  if (!/^[a-z0-9-]{1,40}$/.test(project)) {
    throw new Error('A project name is 1 to 40 lower-case letters, digits or hyphens');
  }
  const dir = join(keyDir, 'salts');
  const path = join(dir, `${project}.txt`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(path, 'utf8').trim();
}

function dictionary(project: string, asOf: string, rows: number): string {
  return [
    `# Research extract: ${project}`,
    '',
    `Pseudonymised, consent-filtered rows (one per referral whose consent was given and in force on ${asOf}): ${String(rows)} rows.`,
    'Pseudonymised data is still personal data (ICO): use it only in a governed research environment (the Five Safes).',
    'Counts made from these rows must go through the small-number rule before they are published.',
    '',
    '| column | meaning |',
    '|---|---|',
    ...EXTRACT_DICTIONARY.map(([name, meaning]) => `| ${name} | ${meaning} |`),
    '',
  ].join('\n');
}

/** Writes extract.parquet, extract.csv and data-dictionary.md into `dir`; returns the row count. */
export async function writeExtract(
  db: EvaluationDb,
  dir: string,
  options: { salt: string; project: string; asOf: string },
): Promise<number> {
  mkdirSync(dir, { recursive: true });
  await db.connection.run('CREATE OR REPLACE TEMP TABLE extract_params (salt VARCHAR, as_of DATE)');
  await db.connection.run(
    `INSERT INTO extract_params VALUES ('${options.salt.replace(/'/g, "''")}', DATE '${options.asOf.slice(0, 10)}')`,
  );
  const [select] = statements(readFileSync(join(SQL_DIR, 'extract.sql'), 'utf8'));
  if (!select) {
    throw new Error('extract.sql is empty');
  }
  await db.connection.run(`CREATE OR REPLACE TEMP TABLE research_extract AS ${select}`);
  const quoted = (p: string): string => `'${p.replace(/'/g, "''")}'`;
  await db.connection.run(`COPY research_extract TO ${quoted(join(dir, 'extract.parquet'))} (FORMAT PARQUET)`);
  await db.connection.run(`COPY research_extract TO ${quoted(join(dir, 'extract.csv'))} (FORMAT CSV, HEADER)`);
  const [count] = await db.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM research_extract');
  const rows = Number(count?.n ?? 0);
  writeFileSync(join(dir, 'data-dictionary.md'), dictionary(options.project, options.asOf.slice(0, 10), rows));
  return rows;
}

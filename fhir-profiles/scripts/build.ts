import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ensureCorePackage } from './core-package';

/**
 * `npm run profiles:build`: compiles fhir-profiles/input/fsh with SUSHI (offline, snapshots) into
 * fhir-profiles/build/package (package.json + one JSON per conformance resource) and the valid
 * examples into fhir-profiles/build/examples. Skips when the inputs
 * (FSH, sushi-config.yaml, this script) are unchanged since the last build.
 */
const root = join(import.meta.dirname, '..');
const buildDir = join(root, 'build');
const packageDir = join(buildDir, 'package');
const examplesDir = join(buildDir, 'examples');
const stampFile = join(buildDir, 'inputs.sha256');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function inputsHash(): string {
  const files = [
    join(root, 'sushi-config.yaml'),
    ...listFiles(join(root, 'input')),
    ...listFiles(join(root, 'scripts')).filter((f) => /build|core-package/.test(f)),
  ].sort();
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

function runSushi(outDir: string): void {
  const sushiBin = createRequire(import.meta.url).resolve('fsh-sushi/dist/app.js');
  rmSync(outDir, { recursive: true, force: true });
  // HOME=fhir-profiles keeps SUSHI's package cache (~/.fhir) inside the project.
  const res = spawnSync(process.execPath, [sushiBin, 'build', root, '--snapshot', '-o', outDir, '-l', 'warn'], {
    env: { ...process.env, HOME: root, npm_config_offline: 'true' },
    encoding: 'utf8',
  });
  const log = `${res.stdout}${res.stderr}`;
  if (res.status !== 0 || /\berror\b/i.test(res.stdout.replace(/0 Errors/g, ''))) {
    process.stderr.write(log);
    throw new Error(`SUSHI failed (exit ${String(res.status)})`);
  }
}

const CONFORMANCE = /^(StructureDefinition|CodeSystem|ValueSet|SearchParameter|Questionnaire)-/;

/** Conformance resources go to build/package; example instances to build/examples. */
function writePackage(sushiOut: string): { conformance: number; examples: number } {
  for (const dir of [packageDir, examplesDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  const resources = join(sushiOut, 'fsh-generated', 'resources');
  const files = readdirSync(resources).filter((f) => f.endsWith('.json'));
  let conformance = 0;
  const examples = files.filter((f) => !CONFORMANCE.test(f)).length;
  for (const f of files) {
    const isConformance = CONFORMANCE.test(f);
    if (isConformance) {
      conformance++;
    }
    cpSync(join(resources, f), join(isConformance ? packageDir : examplesDir, f));
  }
  // SQL on FHIR v2 ViewDefinitions (the evaluation's metric views) ship in the package as they are.
  const viewsDir = join(root, 'input', 'views');
  for (const f of existsSync(viewsDir) ? readdirSync(viewsDir).filter((n) => n.endsWith('.json')) : []) {
    cpSync(join(viewsDir, f), join(packageDir, `ViewDefinition-${f}`));
    conformance++;
  }
  const config = readFileSync(join(root, 'sushi-config.yaml'), 'utf8');
  const field = (name: string): string => new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(config)?.[1] ?? '';
  const pkg = {
    name: field('id'),
    version: field('version'),
    canonical: field('canonical'),
    fhirVersions: [field('fhirVersion')],
    type: 'fhir.ig',
    dependencies: { 'hl7.fhir.r4.core': '4.0.1' },
  };
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify(pkg, null, 2));
  return { conformance, examples };
}

function main(): void {
  const started = Date.now();
  const hash = inputsHash();
  if (
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === hash &&
    existsSync(join(packageDir, 'package.json'))
  ) {
    console.info(`profiles:build: up to date (${relative(process.cwd(), packageDir)})`);
    return;
  }
  ensureCorePackage(root);
  const sushiOut = join(buildDir, 'sushi');
  runSushi(sushiOut);
  const count = writePackage(sushiOut);
  writeFileSync(stampFile, hash);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.info(
    `profiles:build: ${String(count.conformance)} resources -> ${relative(process.cwd(), packageDir)}, ${String(count.examples)} examples, in ${secs}s`,
  );
}

main();

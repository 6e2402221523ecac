// CLI: tsx launch/sandbox/main.ts [--port N] [--data DIR] [--reset] [--token-lifetime SECONDS] [--memory] [--plain]
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { wholeNumberOption } from '../cliArgs';
import { defaultSandboxOptions, type SandboxOptions } from './config';
import { startSandbox } from './server';
import { evaluationClientRegistration } from './backend/evaluation-client';

/** Deletes everything in the data folder so that the next start loads the seed again. */
export function resetDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) {
    return;
  }
  for (const name of readdirSync(dataDir)) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean', default: false },
      'token-lifetime': { type: 'string' },
      memory: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: false },
    },
  });
  const dataDir = values.memory ? null : resolve(values.data ?? defaultSandboxOptions.dataDir ?? '.sandbox-data');
  if (values.reset) {
    if (dataDir) {
      resetDataDir(dataDir);
    }
    console.info(`Sandbox data reset${dataDir ? ` (${dataDir})` : ''}: the next start loads the seed.`);
    return;
  }
  // Issue 12: the evaluation job (npm run evaluate) is a registered backend-services client.
  const overrides: Partial<SandboxOptions> = {
    dataDir,
    plainServer: values.plain,
    backendClients: [evaluationClientRegistration()],
  };
  const port = wholeNumberOption(values.port, '--port');
  if (port !== undefined) {
    overrides.port = port;
  }
  const lifetime = wholeNumberOption(values['token-lifetime'], '--token-lifetime');
  if (lifetime !== undefined) {
    overrides.accessTokenLifetimeSeconds = lifetime;
  }

  const sandbox = await startSandbox(overrides);
  console.info(`FHIR R4 base: ${sandbox.urls.fhirBase}`);
  console.info(`Launcher:     ${sandbox.urls.origin}/launcher/`);
  console.info(`Data:         ${dataDir ?? 'memory only'}`);
  if (values.plain) {
    console.info('Plain server: write answers without bodies unless asked, search links self/next only.');
  }

  let stopping = false;
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Sandbox did not stop cleanly', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

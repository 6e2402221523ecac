import { resolve } from 'node:path';
import { createServer } from 'vite';
import { startSandbox } from './sandbox/server';
import { evaluationClientRegistration } from './sandbox/backend/evaluation-client';
import { everyMinutes, scheduleEvaluation } from './evaluation-schedule';

// `npm start`: the local EHR sandbox and the app's dev server together, in one process.
const root = resolve(import.meta.dirname, '..');

// Issue 12: the evaluation job is a registered backend client; it runs at start and on a schedule.
const sandbox = await startSandbox({ backendClients: [evaluationClientRegistration()] });
const evaluation = scheduleEvaluation(sandbox.urls.fhirBase, everyMinutes(process.env.HJP_EVALUATION_EVERY_MINUTES));
const app = await createServer({ configFile: resolve(root, 'vite.config.ts') });
await app.listen();
const appUrl = app.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';

console.info(`
HJP Link is running.
  EHR sandbox launcher:  ${sandbox.urls.origin}/launcher/   <- start here: pick a user and a patient
  App launch URL:        ${appUrl}launch.html
  FHIR base (iss):       ${sandbox.urls.fhirBase}
  Sandbox data:          ${sandbox.options.dataDir ?? 'in memory'} (npm run sandbox:reset restores the seed)
Press Ctrl+C to stop.`);

async function stop(): Promise<void> {
  evaluation.stop();
  await app.close();
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

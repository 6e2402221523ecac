import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'fhir-kit-client';
import { installPackage } from '../src/install-package';
import { readPackage } from '../src/validation/package';

/**
 * `npm run profiles:load -- --server <fhir base> [--token <bearer>] [--package <dir>]`:
 * installs the compiled HJP package's conformance resources on any FHIR R4 server, idempotently.
 */
const { values } = parseArgs({
  options: {
    server: { type: 'string' },
    token: { type: 'string' },
    package: { type: 'string', default: join(import.meta.dirname, '..', 'build', 'package') },
  },
});

async function main(): Promise<void> {
  if (!values.server) {
    throw new Error('Usage: npm run profiles:load -- --server <fhir base> [--token <bearer>]');
  }
  const customHeaders: Record<string, string> = values.token ? { Authorization: `Bearer ${values.token}` } : {};
  const client = new Client({ baseUrl: values.server, customHeaders });
  const pkg = readPackage(values.package);
  const s = await installPackage(client, pkg.all);
  console.info(
    `profiles:load: ${String(s.created)} created, ${String(s.updated)} updated, ${String(s.unchanged)} unchanged on ${values.server}`,
  );
}

main().catch((err: unknown) => {
  console.error(`profiles:load failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});

import { afterAll, beforeAll } from 'vitest';
import type { RunningSandbox } from '../../launch/sandbox/server';
import type { SandboxOptions } from '../../launch/sandbox/config';
import { startTestSandbox } from './sandbox';

/**
 * The calling test file's own sandbox (seeded, in memory, random port): an end-to-end file owns
 * its data, so no file depends on another's writes. The built app is shared: it talks to
 * whichever sandbox launched it (the launch's `iss`).
 */
export function sandboxPerFile(
  onStart: (sandbox: RunningSandbox) => void,
  overrides: Partial<SandboxOptions> = {},
): void {
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(overrides);
    onStart(sandbox);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
}

import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { loadSession, type AppSession } from '../../src/app/session';
import { createGateway } from '../../src/fhir/gateway';
import { createQueryClient } from '../../src/fhir/queryClient';
import { SCOPES } from '../../src/smart/scopes';
import { launchHeadless } from '../support/smart';
import { startTestSandbox } from '../support/sandbox';

/**
 * The calling test file's own in-process sandbox (seeded, in memory), and a clean document after
 * each test. Returns a getter: the sandbox exists once beforeAll has run.
 */
export function componentSandbox(): () => RunningSandbox {
  let sandbox: RunningSandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
  });
  afterEach(() => {
    cleanup();
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) {
      throw new Error('componentSandbox: the sandbox starts in beforeAll');
    }
    return sandbox;
  };
}

/**
 * A real session against the in-process sandbox over HTTP: a SMART launch for `user` (headless,
 * PKCE, a real token), the app's own gateway with that token, and the session the app would load.
 */
export async function sandboxSession(
  sandbox: RunningSandbox,
  launch: { user: string; patient?: string; profile: 'clinician' | 'adviser' | 'practice' | 'lead' },
): Promise<AppSession> {
  const token = await launchHeadless(sandbox.urls.origin, sandbox.urls.fhirBase, {
    user: launch.user,
    ...(launch.patient ? { patient: launch.patient } : {}),
    scope: SCOPES[launch.profile].join(' '),
  });
  const gateway = createGateway({
    baseUrl: sandbox.urls.fhirBase,
    auth: {
      authorizationHeader: () => Promise.resolve(`Bearer ${token.access_token}`),
      refresh: () => Promise.resolve(false),
    },
  });
  return loadSession(gateway, {
    patientId: launch.patient,
    encounterId: undefined,
    fhirUser: `PractitionerRole/${launch.user}`,
    needPatientBanner: true,
    practiceList: launch.profile === 'practice',
  });
}

/** Renders a screen at `path` with the app's query client and an in-memory router (its history is inspectable). */
export function renderAt(
  path: string,
  screen: ReactElement,
): RenderResult & { location: () => string; history: string[] } {
  const memory = memoryLocation({ path, record: true });
  const result = render(
    <QueryClientProvider client={createQueryClient()}>
      <Router hook={memory.hook} searchHook={memory.searchHook}>
        {screen}
      </Router>
    </QueryClientProvider>,
  );
  return Object.assign(result, {
    location: () => memory.history.at(-1) ?? path,
    history: memory.history,
  });
}

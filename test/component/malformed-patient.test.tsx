import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { RunningSandbox } from '../../launch/sandbox/server';
import { ProblemPage } from '../../src/app/ProblemPage';
import { startupProblem } from '../../src/app/startupProblem';
import { sandboxApi } from '../support/api';
import { startTestSandbox } from '../support/sandbox';
import { sandboxSession } from './render';

// A Patient of the wrong shape (name as a string) is something the sandbox's validation refuses to
// store, so msw stands in for a server that sends one; everything else is the real sandbox.
let sandbox: RunningSandbox;
const server = setupServer();
beforeAll(async () => {
  sandbox = await startTestSandbox();
  server.listen({ onUnhandledFrame: 'bypass' });
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(async () => {
  server.close();
  await sandbox.close();
});

describe('a malformed Patient from the record', () => {
  it('gives a plain page saying the record could not be read, never a blank page', async () => {
    server.use(
      http.get(`${sandbox.urls.fhirBase}/Patient/pat-001`, () =>
        HttpResponse.json({ resourceType: 'Patient', id: 'pat-001', name: 'Amira Hussain', birthDate: 19880314 }),
      ),
    );
    const session = await sandboxSession(sandbox, { user: 'gp', patient: 'pat-001', profile: 'clinician' });
    const problem = startupProblem(session);
    expect(problem?.title).toBe('This patient’s record could not be read');
    render(<ProblemPage problem={problem!} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('This patient’s record could not be read');
    expect(document.body.textContent).toMatch(/tell your IT service desk/);
  });

  it('the sandbox itself refuses to store such a Patient', async () => {
    const admin = await sandboxApi(sandbox);
    const reply = await admin('PUT', 'Patient/pat-001', { resourceType: 'Patient', id: 'pat-001', name: 'Amira' });
    expect(reply.status).toBeGreaterThanOrEqual(400);
  });
});

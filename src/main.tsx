import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import FHIR from 'fhirclient';
import './styles/app.scss';
import { App } from './app/App';
import { Home } from './app/Home';
import { ProblemPage } from './app/ProblemPage';
import { loadSession } from './app/session';
import { createGateway } from './fhir/gateway';
import { smartAuthSource } from './fhir/smartAuth';
import { launchContext } from './smart/context';
import { classifyLaunchError, LAUNCH_PROBLEMS, type LaunchProblem } from './smart/launchErrors';
import { startupProblem } from './app/startupProblem';

// The SMART redirect_uri page: finish the handshake, load who and what is in context, render.
const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root');
}
const root = createRoot(container);

function showProblem(problem: LaunchProblem): void {
  document.title = `${problem.title} – HJP Link`;
  root.render(<ProblemPage problem={problem} />);
}

async function start(): Promise<void> {
  // A public client names itself when refreshing (RFC 6749 section 6); fhirclient does not by default.
  (FHIR.oauth2.settings as { refreshTokenWithClientId?: boolean }).refreshTokenWithClientId = true;
  const client = await FHIR.oauth2.ready();
  const context = launchContext(client.state.tokenResponse ?? {}, client.getIdToken(), client.state.serverUrl);
  const gateway = createGateway({ baseUrl: client.state.serverUrl, auth: smartAuthSource(client) });
  // The CapabilityStatement is read once, alongside the first requests (no extra round trip);
  // if it cannot be read, nothing is stopped: the calls themselves will say what fails.
  const capabilities = gateway.capabilities().catch(() => undefined);
  const session = await loadSession(gateway, context);
  const problem = startupProblem(session, await capabilities);
  if (problem) {
    showProblem(problem);
    return;
  }
  root.render(
    <StrictMode>
      <App session={session}>
        <Home session={session} />
      </App>
    </StrictMode>,
  );
}

start().catch((err: unknown) => {
  // Never log patient data: the error's kind is enough.
  console.error('HJP Link could not start:', err instanceof Error ? err.name : 'unknown');
  const problem = classifyLaunchError(err);
  showProblem(problem === LAUNCH_PROBLEMS.failed && isSessionError(err) ? LAUNCH_PROBLEMS.sessionEnded : problem);
});

function isSessionError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'kind' in err && err.kind === 'session-expired';
}

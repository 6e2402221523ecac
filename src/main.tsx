import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import FHIR from 'fhirclient';
import './styles/app.scss';
import { App } from './app/App';
import { QueryClientProvider } from '@tanstack/react-query';
import { Router } from 'wouter';
import { loadClinicianScreens, Screens } from './app/Screens';
import { createQueryClient } from './fhir/queryClient';
import { startFirstScreenRequests } from './app/clinician/firstScreen';
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
const queryClient = createQueryClient();

function showProblem(problem: LaunchProblem): void {
  document.title = `${problem.title} – HJP Link`;
  root.render(<ProblemPage problem={problem} />);
}

async function start(): Promise<void> {
  // The clinician's first screen's code downloads while the token is exchanged.
  const clinicianScreens = isAdviserLaunch() ? undefined : loadClinicianScreens();
  clinicianScreens?.catch(() => undefined);
  // A public client names itself when refreshing (RFC 6749 section 6); fhirclient does not by default.
  (FHIR.oauth2.settings as { refreshTokenWithClientId?: boolean }).refreshTokenWithClientId = true;
  const client = await FHIR.oauth2.ready();
  const context = launchContext(client.state.tokenResponse ?? {}, client.getIdToken(), client.state.serverUrl);
  const gateway = createGateway({ baseUrl: client.state.serverUrl, auth: smartAuthSource(client) });
  // The CapabilityStatement is read once, alongside the first requests (no extra round trip);
  // if it cannot be read, nothing is stopped: the calls themselves will say what fails.
  const capabilities = gateway.capabilities().catch(() => undefined);
  // Everything the first screen needs is asked for now, together with who and what is in context.
  if (context.patientId) {
    startFirstScreenRequests(gateway, context.patientId);
  }
  const session = await loadSession(gateway, context);
  // The first screen's code was fetched alongside: render it at once rather than through a suspended screen.
  await clinicianScreens?.catch(() => undefined);
  const problem = startupProblem(session, await capabilities);
  if (problem) {
    showProblem(problem);
    return;
  }
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router>
          <App session={session}>
            <Screens session={session} />
          </App>
        </Router>
      </QueryClientProvider>
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

/**
 * Whether this launch asked for no patient-level scopes (the adviser and lead profiles), read from
 * the state fhirclient keeps in sessionStorage; when unsure, the clinician chunk is fetched early.
 */
function isAdviserLaunch(): boolean {
  try {
    const key = sessionStorage.getItem('SMART_KEY');
    const state = key ? sessionStorage.getItem(JSON.parse(key) as string) : null;
    return state !== null && !state.includes('patient/');
  } catch {
    return false;
  }
}

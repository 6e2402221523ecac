import type Client from 'fhirclient/lib/Client';
import { validatePartnership } from '../config/loadPartnership';
import { readPartnershipFile } from '../config/partnershipFile';
import { installPartnership, PartnershipFileError } from '../config/partnership';
import { batchedFirstReads } from '../fhir/batchedReads';
import { createGateway } from '../fhir/gateway';
import { smartAuthSource } from '../fhir/smartAuth';
import { launchContext } from '../smart/context';
import type { LaunchProblem } from '../smart/launchErrors';
import { startFirstScreenRequests } from './clinician/firstScreen';
import type * as RenderModule from './render';
import { loadSession } from './session';
import { sessionProblem } from './sessionProblem';
import type * as ChecksModule from './startupProblem';

/**
 * The redirect page's start, after the entry (src/main.tsx) has sent the token request and asked
 * for the partnership file: checks the file, starts every request the first screen needs the
 * moment the token arrives, and only then evaluates React and the screens (./render, fetched
 * alongside through modulepreload), so the browser's work on that code overlaps the requests
 * instead of delaying them. What only a failed launch needs (the problem texts) and the server
 * check after the first screen (./startupProblem, with /metadata) are fetched only then.
 */
const view = (): Promise<typeof RenderModule> => import('./render');
const checks = (): Promise<typeof ChecksModule> => import('./startupProblem');

export function boot(token: Promise<Client>, partnershipFile: Promise<Response>): void {
  start(token, partnershipFile).catch(async (err: unknown) => {
    // Never log patient data: the error's kind is enough.
    console.error('HJP Link could not start:', err instanceof Error ? err.name : 'unknown');
    const [render, problem] = await Promise.all([view(), launchProblem(err)]);
    render.renderProblem(problem);
  });
}

async function start(token: Promise<Client>, partnershipFile: Promise<Response>): Promise<void> {
  const partnership = readPartnershipFile(partnershipFile).then(validatePartnership);
  partnership.catch(() => undefined); // reported below, after the token
  const client = await token;
  performance.mark('hjp:token');
  installPartnership(await partnership);
  const context = launchContext(client.state.tokenResponse ?? {}, client.getIdToken(), client.state.serverUrl);
  const gateway = createGateway({ baseUrl: client.state.serverUrl, auth: smartAuthSource(client) });
  // Everything the first screen needs, asked for together, in one batch: its searches and who and
  // what is in context. The session keeps the plain gateway.
  const first = batchedFirstReads(gateway);
  if (context.patientId) {
    startFirstScreenRequests(first, context.patientId);
  }
  const session = loadSession(first, context).then((loaded) => ({ ...loaded, gateway }));
  session.catch(() => undefined); // awaited below, once React is in
  const render = await view();
  const signedIn = await session;
  performance.mark('hjp:session');
  if (sessionProblem(signedIn)) {
    const problem = (await checks()).startupProblem(signedIn);
    if (problem) {
      render.renderProblem(problem);
    }
    return;
  }
  await render.renderApp(signedIn);
  performance.mark('hjp:rendered');
  // Then the CapabilityStatement, which the first screen does not wait for: asked once the first
  // screen is on screen and the page is idle (the statement is large: its download and parse would
  // otherwise share the main thread with the first render). When it lands, long before anyone
  // could send anything, a server that lacks what this user's screens need is named in place of
  // the app. If it cannot be read, nothing is stopped: the calls themselves will say what fails.
  await whenIdle();
  const capabilities = await gateway.capabilities().catch(() => undefined);
  const lacking = (await checks()).startupProblem(signedIn, capabilities);
  if (lacking) {
    render.renderProblem(lacking);
  }
}

/** After the work already queued (the first render, its paint): when the browser is idle, or within a second. */
function whenIdle(): Promise<void> {
  return new Promise((done) => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(
        () => {
          done();
        },
        { timeout: 1000 },
      );
    } else {
      setTimeout(done, 200);
    }
  });
}

async function launchProblem(err: unknown): Promise<LaunchProblem> {
  const { classifyLaunchError, configurationProblem, LAUNCH_PROBLEMS } = await import('../smart/launchErrors');
  if (err instanceof PartnershipFileError) {
    return configurationProblem(err.message);
  }
  const problem = classifyLaunchError(err);
  return problem === LAUNCH_PROBLEMS.failed && isSessionError(err) ? LAUNCH_PROBLEMS.sessionEnded : problem;
}

function isSessionError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'kind' in err && err.kind === 'session-expired';
}

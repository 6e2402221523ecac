import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import { readBody } from '../http/respond';
import { errorPage, sendHtml } from '../launcher/page';
import {
  encounterMatches,
  findUser,
  listPatients,
  listUsers,
  patientExists,
  type DirectorySource,
} from '../launcher/directory';
import { checkAuthorizeRequest, redirectWith, type AuthorizeRequest } from './authorize-request';
import { authorizePage, PICK_DENY, PICK_PATIENT, PICK_USER } from './authorize-page';
import { decideGrant, type ChosenContext } from './grant';
import type { LaunchStore } from './launch-store';
import { resolvePrincipal, TEST_ADMIN_CLIENT_ID } from './principal';
import { randomToken, type TokenStore } from './store';

interface AuthorizeDeps {
  readonly options: SandboxOptions;
  readonly urls: SandboxUrls;
  readonly directory: DirectorySource;
  readonly store: TokenStore;
  readonly launches: LaunchStore;
}

type Outcome = { context: ChosenContext } | { error: string; description: string } | { page: true };

async function readParams(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  if (req.method !== 'POST') {
    return url.searchParams;
  }
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return new URLSearchParams();
  }
  return new URLSearchParams(await readBody(req, 64 * 1024));
}

/** Where the context comes from: the launch (EHR launch), the picker form, or nowhere yet. */
async function chooseContext(
  deps: AuthorizeDeps,
  request: AuthorizeRequest,
  params: URLSearchParams,
): Promise<Outcome> {
  const { directory } = deps;
  if (request.launch !== undefined) {
    const launch = deps.launches.find(request.launch);
    if (!launch) {
      return {
        error: 'invalid_request',
        description: 'The launch parameter is unknown or has expired; launch the app again.',
      };
    }
    if (!(await findUser(directory, launch.user))) {
      return { error: 'invalid_request', description: 'The launch names an unknown user.' };
    }
    if (launch.patient !== undefined && !(await patientExists(directory, launch.patient))) {
      return { error: 'invalid_request', description: 'The launch names an unknown patient.' };
    }
    if (launch.encounter !== undefined && !(await encounterMatches(directory, launch.encounter, launch.patient))) {
      return { error: 'invalid_request', description: 'The launch names an unknown encounter.' };
    }
    return {
      context: {
        user: launch.user,
        patient: launch.patient,
        encounter: launch.encounter,
        needPatientBanner: launch.needPatientBanner,
        ehrLaunch: true,
        readOnly: launch.readOnly === true,
      },
    };
  }
  if (params.get(PICK_DENY) === '1') {
    return { error: 'access_denied', description: 'The user denied access.' };
  }
  const user = params.get(PICK_USER);
  if (user === null) {
    return { page: true };
  }
  if (!(await findUser(directory, user))) {
    return { error: 'invalid_request', description: 'Unknown user.' };
  }
  const patient = params.get(PICK_PATIENT) ?? '';
  if (patient !== '' && !(await patientExists(directory, patient))) {
    return { error: 'invalid_request', description: 'Unknown patient.' };
  }
  return {
    context: {
      user,
      patient: patient === '' ? undefined : patient,
      encounter: undefined,
      needPatientBanner: true,
      ehrLaunch: false,
    },
  };
}

function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 302;
  res.setHeader('Location', location);
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

/** GET or POST /auth/authorize. */
export async function handleAuthorize(
  deps: AuthorizeDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const params = await readParams(req, url);
  const check = checkAuthorizeRequest(params, deps.urls.fhirBase);
  if (check.kind === 'page') {
    sendHtml(res, 400, errorPage('The app could not be signed in', check.message));
    return;
  }
  if (check.kind === 'redirect') {
    redirect(
      res,
      redirectWith(check.redirectUri, { error: check.error, error_description: check.description, state: check.state }),
    );
    return;
  }
  const request = check.request;
  const outcome = await chooseContext(deps, request, params);
  if ('page' in outcome) {
    const wantsPatient = request.scope.flags.has('launch/patient');
    const [users, patients] = await Promise.all([
      listUsers(deps.directory),
      wantsPatient ? listPatients(deps.directory) : undefined,
    ]);
    sendHtml(res, 200, authorizePage(params, users, patients));
    return;
  }
  if ('error' in outcome) {
    redirect(
      res,
      redirectWith(request.redirectUri, {
        error: outcome.error,
        error_description: outcome.description,
        state: request.state,
      }),
    );
    return;
  }
  const { context } = outcome;
  const testAdmin = deps.options.testMode && request.clientId === TEST_ADMIN_CLIENT_ID;
  const [withPatient, withoutPatient] = await Promise.all([
    resolvePrincipal(deps.directory, context.user, context.patient, testAdmin),
    resolvePrincipal(deps.directory, context.user, undefined, testAdmin),
  ]);
  if (!withPatient || !withoutPatient) {
    redirect(
      res,
      redirectWith(request.redirectUri, {
        error: 'access_denied',
        error_description: 'The user has no HJP Link role (gp, ward-nurse, adviser or lead) on their PractitionerRole.',
        state: request.state,
      }),
    );
    return;
  }
  const code = randomToken();
  deps.store.codes.set(code, {
    grant: decideGrant(request.clientId, request.scope, context, (patient) =>
      patient === undefined ? withoutPatient : withPatient,
    ),
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    expiresAt: deps.options.clock() + deps.options.authCodeLifetimeSeconds * 1000,
    used: false,
    issued: [],
  });
  redirect(res, redirectWith(request.redirectUri, { code, state: request.state }));
}

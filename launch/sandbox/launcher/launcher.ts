import type { Patient } from '@medplum/fhirtypes';
import type { SandboxOptions } from '../config';
import type { SandboxUrls } from '../urls';
import type { FhirService } from '../fhir/service';
import type { Handler } from '../types';
import { sendJson } from '../http/respond';
import type { LaunchStore } from '../auth/launch-store';
import { findUser, listEncounters, listPatients, listUsers, type DirectorySource } from './directory';
import { checkLauncherRequest } from './launch-request';
import { errorPage, sendHtml } from './page';
import { DEFAULT_LAUNCH_URI, ehrFramePage, launcherPage } from './pages';

/**
 * The EHR launcher (compatible with the official SMART App Launcher where they overlap):
 * GET /launcher?launch_uri&provider[&patient][&encounter][&need_patient_banner=false][&grant=read-only] → 302 to the app,
 * GET /launcher/context → JSON lists, GET /launcher/ → the picker page, GET /launcher/ehr → the EHR frame.
 */
export function createLauncher(
  _options: SandboxOptions,
  urls: SandboxUrls,
  fhir: FhirService,
  launches: LaunchStore,
): { handler: Handler } {
  const source: DirectorySource = fhir;

  const handler: Handler = async (req, res, url) => {
    if (req.method !== 'GET' || !(url.pathname === '/launcher' || url.pathname.startsWith('/launcher/'))) {
      return false;
    }
    switch (url.pathname) {
      case '/launcher': {
        if (!url.searchParams.has('launch_uri')) {
          res.statusCode = 302;
          res.setHeader('Location', '/launcher/');
          res.end();
          return true;
        }
        const checked = await checkLauncherRequest(source, url.searchParams);
        if ('error' in checked) {
          res.statusCode = 400;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(checked.error);
          return true;
        }
        const target = new URL(
          await appLaunchUri(source, checked.launchUri, checked.context.user, checked.context.patient),
        );
        target.searchParams.set('iss', urls.fhirBase);
        target.searchParams.set('launch', launches.register(checked.context));
        res.statusCode = 302;
        res.setHeader('Location', target.toString());
        res.setHeader('Cache-Control', 'no-store');
        res.end();
        return true;
      }
      case '/launcher/context': {
        const [users, patients] = await Promise.all([listUsers(source), listPatients(source)]);
        sendJson(res, 200, { patients, users }, 'application/json');
        return true;
      }
      case '/launcher/': {
        const [users, patients, encounters] = await Promise.all([
          listUsers(source),
          listPatients(source),
          listEncounters(source),
        ]);
        sendHtml(res, 200, launcherPage(users, patients, encounters));
        return true;
      }
      case '/launcher/ehr': {
        const checked = await checkLauncherRequest(source, url.searchParams);
        if ('error' in checked) {
          sendHtml(res, 400, errorPage('The app could not be launched', checked.error));
          return true;
        }
        const { user, patient } = checked.context;
        const userInfo = await findUser(source, user);
        const patientResource =
          patient === undefined ? undefined : await source.readResource<Patient>('Patient', patient);
        if (!userInfo) {
          return false;
        }
        sendHtml(res, 200, ehrFramePage(userInfo, patientResource, url.searchParams.toString()));
        return true;
      }
      default:
        return false;
    }
  };
  return { handler };
}

/**
 * The page's default app URL is HJP Link's clinician launch; advisers and the partnership lead are
 * registered with their own launch URL (launch.html?profile=…, see README), so the default follows
 * the chosen user's role; a clinician launched with no patient gets the practice worklist
 * (profile=practice). Any other launch_uri is used exactly as given.
 */
async function appLaunchUri(
  source: DirectorySource,
  launchUri: string,
  userId: string,
  patient: string | undefined,
): Promise<string> {
  if (launchUri !== DEFAULT_LAUNCH_URI) {
    return launchUri;
  }
  const role = (await findUser(source, userId))?.role;
  if (role === 'adviser' || role === 'lead') {
    return `${launchUri}?profile=${role}`;
  }
  return patient === undefined ? `${launchUri}?profile=practice` : launchUri;
}

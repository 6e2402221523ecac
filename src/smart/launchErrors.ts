import { errorMessage as messageOf, isRegistrationError } from '../fhir/oauthErrors';

export { isRegistrationError };

/** Why the app could not start, with what the user should do. Never a blank page. */
export interface LaunchProblem {
  title: string;
  explanation: string;
  whatToDo: string;
}

const RELAUNCH = 'Close this window and open HJP Link again from the patient record.';

export const LAUNCH_PROBLEMS = {
  denied: {
    title: 'Access to the record was not allowed',
    explanation: 'The record system did not give HJP Link permission to open.',
    whatToDo: `${RELAUNCH} If you chose not to allow access, you can allow it next time. If it keeps happening, contact your IT service desk.`,
  },
  registration: {
    title: 'HJP Link is not set up correctly with this record system',
    explanation:
      'The record system did not recognise HJP Link, or does not allow it to be used this way. This is a set-up problem, not something you did.',
    whatToDo:
      'HJP Link is not registered correctly with this record system — contact your IT service desk and tell them the message on this page.',
  },
  sessionEnded: {
    title: 'Your HJP Link session has ended',
    explanation: 'For your patients’ safety, HJP Link sessions end after a while or when the record is closed.',
    whatToDo: `${RELAUNCH} Anything you were typing on this device has been kept.`,
  },
  notLaunched: {
    title: 'Open HJP Link from the patient record',
    explanation: 'HJP Link works inside the clinical record and needs to be opened from there.',
    whatToDo: 'Go to the patient record and open HJP Link from the apps menu.',
  },
  noPatient: {
    title: 'No patient is open',
    explanation: 'To screen or refer, HJP Link needs a patient record to be open.',
    whatToDo: 'Open the patient’s record first, then open HJP Link from it.',
  },
  unreadablePatient: {
    title: 'This patient’s record could not be read',
    explanation:
      'The record system sent this patient’s details in a form HJP Link cannot read safely (for example, a name that is not stored as a name), so nothing is shown rather than something wrong.',
    whatToDo:
      'Check the patient’s details in the record system, and tell your IT service desk: the patient record needs correcting before HJP Link can be used for this patient.',
  },
  unknownUser: {
    title: 'We could not tell who you are',
    explanation: 'The record system did not say which user opened HJP Link, or your role is not set up for it.',
    whatToDo: 'Ask your HJP Link administrator to check your account, then open HJP Link again.',
  },
  failed: {
    title: 'HJP Link could not start',
    explanation: 'Something went wrong while connecting to the record system.',
    whatToDo: `${RELAUNCH} If it keeps happening, contact your IT service desk.`,
  },
} as const satisfies Record<string, LaunchProblem>;

/** The server lacks something the app needs: what exactly, for the IT service desk. */
export function serverLacksProblem(missing: readonly string[]): LaunchProblem {
  return {
    title: 'This record system cannot run HJP Link yet',
    explanation: `The record system's FHIR server does not say it supports what HJP Link needs: ${missing.join('; ')}.`,
    whatToDo:
      'Contact your IT service desk and give them this list. Until the server supports these, HJP Link cannot safely save or find referrals here.',
  };
}

/** Maps what fhirclient's ready() throws (or the redirect's OAuth error) to a plain problem. */
export function classifyLaunchError(err: unknown): LaunchProblem {
  const message = messageOf(err);
  if (isRegistrationError(message)) {
    return LAUNCH_PROBLEMS.registration;
  }
  if (/access_denied|consent_required|login_required/i.test(message)) {
    return LAUNCH_PROBLEMS.denied;
  }
  if (/invalid_grant|expired|401|session/i.test(message)) {
    return LAUNCH_PROBLEMS.sessionEnded;
  }
  if (/No 'state' parameter|No state found/i.test(message)) {
    return LAUNCH_PROBLEMS.notLaunched;
  }
  return LAUNCH_PROBLEMS.failed;
}

/** The partnership file is missing or not valid (a set-up problem): names the field for whoever fixes it. */
export function configurationProblem(detail: string): LaunchProblem {
  return {
    title: 'HJP Link is not set up correctly',
    explanation: `The partnership configuration has a problem, so HJP Link has not started: ${detail}.`,
    whatToDo:
      'This is a set-up problem, not something you did. Contact your IT service desk and tell them the message on this page.',
  };
}

import { describe, expect, it } from 'vitest';
import { classifyLaunchError, LAUNCH_PROBLEMS } from './launchErrors';

describe('launch problems', () => {
  it.each([
    ['access_denied: The user refused', LAUNCH_PROBLEMS.denied],
    ["No 'state' parameter found. Please (re)launch the app.", LAUNCH_PROBLEMS.notLaunched],
    ['No state found! Please (re)launch the app.', LAUNCH_PROBLEMS.notLaunched],
    ['invalid_grant: code expired', LAUNCH_PROBLEMS.sessionEnded],
    ['something odd', LAUNCH_PROBLEMS.failed],
    // What fhirclient throws when the token endpoint refuses the client (HTTP 401 + OAuth error).
    ['401 Unauthorized\nURL: https://ehr.example/token\ninvalid_client: unknown client', LAUNCH_PROBLEMS.registration],
    ['unauthorized_client: the client may not use this grant', LAUNCH_PROBLEMS.registration],
    [
      '401 Unauthorized\nURL: https://ehr.example/token\ninvalid_grant: refresh token expired',
      LAUNCH_PROBLEMS.sessionEnded,
    ],
  ])('%s', (message, problem) => {
    expect(classifyLaunchError(new Error(message))).toBe(problem);
  });

  it('says what to do in every case', () => {
    for (const problem of Object.values(LAUNCH_PROBLEMS)) {
      expect(problem.whatToDo.length).toBeGreaterThan(20);
    }
  });

  it('names a registration problem for the IT service desk, not an ended session', () => {
    expect(LAUNCH_PROBLEMS.registration.whatToDo).toContain(
      'HJP Link is not registered correctly with this record system — contact your IT service desk',
    );
    expect(LAUNCH_PROBLEMS.registration.title).not.toMatch(/session/i);
  });
});

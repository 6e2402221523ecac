import { describe, expect, it } from 'vitest';
import { classifyLaunchError, LAUNCH_PROBLEMS } from './launchErrors';

describe('launch problems', () => {
  it.each([
    ['access_denied: The user refused', LAUNCH_PROBLEMS.denied],
    ["No 'state' parameter found. Please (re)launch the app.", LAUNCH_PROBLEMS.notLaunched],
    ['No state found! Please (re)launch the app.', LAUNCH_PROBLEMS.notLaunched],
    ['invalid_grant: code expired', LAUNCH_PROBLEMS.sessionEnded],
    ['something odd', LAUNCH_PROBLEMS.failed],
  ])('%s', (message, problem) => {
    expect(classifyLaunchError(new Error(message))).toBe(problem);
  });

  it('says what to do in every case', () => {
    for (const problem of Object.values(LAUNCH_PROBLEMS)) {
      expect(problem.whatToDo.length).toBeGreaterThan(20);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { UserContext } from '../domain/user';
import { launchContext } from '../smart/context';
import { SCOPES, type LaunchProfile } from '../smart/scopes';
import { profileOf, sessionLimits } from './scopeNotice';

const SERVER = 'https://ehr.example.org/fhir';

const user = (role: UserContext['role']): UserContext => ({
  reference: 'PractitionerRole/x',
  name: 'X',
  role,
  roleLabel: 'X',
  organisation: undefined,
});

/** The session of a launch that granted everything `profile` asked for, with or without a patient open. */
function granted(role: UserContext['role'], profile: LaunchProfile, patient?: string) {
  const context = launchContext({ scope: SCOPES[profile].join(' '), ...(patient ? { patient } : {}) }, null, SERVER);
  return { user: user(role), context };
}

describe('the launch profile of a session', () => {
  it('is the role for an adviser and a lead, whose grant has user/ServiceRequest scopes and no patient', () => {
    expect(profileOf(granted('adviser', 'adviser'))).toBe('adviser');
    expect(profileOf(granted('lead', 'lead'))).toBe('lead');
  });

  it('is the practice worklist for a GP with no patient open on a practice launch, else the clinician screens', () => {
    expect(profileOf(granted('gp', 'practice'))).toBe('practice');
    expect(profileOf(granted('gp', 'clinician', 'pat-001'))).toBe('clinician');
    expect(profileOf(granted('ward-nurse', 'clinician', 'pat-001'))).toBe('clinician');
  });

  it('takes nothing away from any profile given all it asked for', () => {
    expect(sessionLimits(granted('adviser', 'adviser')).sentences).toEqual([]);
    expect(sessionLimits(granted('lead', 'lead')).sentences).toEqual([]);
    expect(sessionLimits(granted('gp', 'practice')).sentences).toEqual([]);
    expect(sessionLimits(granted('gp', 'clinician', 'pat-001')).sentences).toEqual([]);
  });

  it("holds an adviser's grant to the adviser's abilities, not the practice worklist's", () => {
    const scope = SCOPES.adviser.filter((s) => s !== 'user/Communication.crs').join(' ');
    const limits = sessionLimits({ user: user('adviser'), context: launchContext({ scope }, null, SERVER) });
    expect(limits.sentences).toEqual([
      'You can read messages but not send them: your EHR did not grant HJP Link permission to send messages.',
    ]);
  });
});

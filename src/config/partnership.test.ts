import { describe, expect, it, vi } from 'vitest';
import raw from './partnership.json';
import { JOB_ROLES } from './jobRoles';
import { installPartnership, PARTNERSHIP, PartnershipFileError, parsePartnership } from './partnership';

describe('partnership configuration', () => {
  it('loads the shipped file with the advice organisation from configuration', () => {
    expect(PARTNERSHIP.adviceOrganisation.reference).toBe('Organization/org-advice');
    expect(PARTNERSHIP.questionnaire.version).toBe('1.0.0');
    expect(PARTNERSHIP.consent.defaultPeriodMonths).toBeGreaterThan(0);
  });

  it('refuses an unknown area of law', () => {
    expect(() => parsePartnership({ ...raw, areasCovered: ['tax'] })).toThrow(/areasCovered/);
  });

  it('refuses an advice organisation that is not an Organization reference', () => {
    expect(() => parsePartnership({ ...raw, adviceOrganisation: { reference: 'Patient/x', display: 'x' } })).toThrow(
      /adviceOrganisation/,
    );
  });

  it('refuses a missing consent period', () => {
    expect(() => parsePartnership({ ...raw, consent: { ...raw.consent, defaultPeriodMonths: undefined } })).toThrow(
      /consent/,
    );
  });

  it('maps the seed’s SNOMED CT job roles to HJP roles, and refuses an unknown role or a code listed twice', () => {
    expect(PARTNERSHIP.jobRoles.map((r) => [r.code, r.role])).toEqual([
      ['62247001', 'gp'],
      ['224535009', 'ward-nurse'],
    ]);
    const gp = raw.jobRoles[0];
    expect(() => parsePartnership({ ...raw, jobRoles: [{ ...gp, role: 'surgeon' }] })).toThrow(/jobRoles/);
    expect(() => parsePartnership({ ...raw, jobRoles: [gp, { ...gp, role: 'ward-nurse' }] })).toThrow(/jobRoles/);
  });

  it('names the bad field and what is wrong with it, in plain words', () => {
    const problem = (file: unknown): string => {
      try {
        parsePartnership(file);
      } catch (err) {
        expect(err).toBeInstanceOf(PartnershipFileError);
        return (err as Error).message;
      }
      throw new Error('the file was accepted');
    };
    const urgency = (deadlineWithinDays: unknown): unknown => ({
      ...raw,
      urgency: { ...raw.urgency, deadlineWithinDays },
    });
    for (const bad of [0, 91, 2.5, 'ninety', undefined]) {
      expect(problem(urgency(bad))).toBe('urgency.deadlineWithinDays: must be a whole number between 1 and 90');
    }
    expect(problem({ ...raw, consent: { ...raw.consent, defaultPeriodMonths: 61 } })).toBe(
      'consent.defaultPeriodMonths: must be a whole number between 1 and 60',
    );
    expect(problem({ ...raw, areasCovered: ['benefits', 'tax'] })).toMatch(
      /^areasCovered\.1: must be one of: benefits, /,
    );
    expect(problem({ ...raw, areasCovered: [] })).toBe('areasCovered: must have at least 1 entry');
    expect(problem({ ...raw, questionnaire: { ...raw.questionnaire, url: 'welfare-needs' } })).toBe(
      'questionnaire.url: must be a web address (https://…)',
    );
    expect(problem({ ...raw, name: 7 })).toBe('name: must be text');
    expect(problem({ ...raw, urgency: { ...raw.urgency, urgentReasonsMakeReferralUrgent: 'yes' } })).toBe(
      'urgency.urgentReasonsMakeReferralUrgent: must be true or false',
    );
    expect(problem([])).toBe('(the whole file): must be an object ({…})');
    const gp = raw.jobRoles[0];
    expect(problem({ ...raw, jobRoles: [gp, gp] })).toBe('jobRoles: each job role code may appear only once');
  });

  it('is installed once, with the job-role map; read before that, it says so rather than giving undefined', async () => {
    const config = parsePartnership(raw);
    installPartnership(config);
    expect(PARTNERSHIP).toBe(config);
    expect(JOB_ROLES).toBe(config.jobRoles);
    vi.resetModules();
    const fresh = await import('./partnership');
    expect(() => fresh.PARTNERSHIP.name).toThrow(/read before it was loaded/);
  });
});

import { describe, expect, it, vi } from 'vitest';
import raw from './partnership.json';
import { JOB_ROLES } from './jobRoles';
import { installPartnership, PARTNERSHIP, PartnershipFileError } from './partnership';
import { parsePartnership } from './parsePartnership';

describe('partnership configuration', () => {
  it('loads the shipped file with the advice organisation from configuration', () => {
    expect(PARTNERSHIP.adviceOrganisation.reference).toBe('Organization/org-advice');
    expect(PARTNERSHIP.questionnaire.version).toBe('1.1.0');
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

  it('describes the partnership in the guide’s taxonomy, with funding, the first-contact target and the evaluation rules', () => {
    expect(PARTNERSHIP.design.healthcareSetting).toEqual({ option: 'mixed', settings: ['primary', 'secondary'] });
    expect(PARTNERSHIP.design.legalIssues).toBe('several');
    expect(PARTNERSHIP.targets.firstContactDays).toBe(7);
    expect(PARTNERSHIP.evaluation.suppression).toEqual({ threshold: 7, rounding: 5 });
    expect(PARTNERSHIP.evaluation.annualisation.weeksPerYear).toBe(52);
    expect(PARTNERSHIP.funding.length).toBeGreaterThan(0);
  });

  const design = raw.design;
  const broken: readonly [string, unknown, RegExp][] = [
    [
      'an unknown target population',
      { design: { ...design, targetPopulation: [{ option: 'wealth', description: 'x' }] } },
      /^design\.targetPopulation\.0\.option: /,
    ],
    [
      'a target population without a description',
      { design: { ...design, targetPopulation: [{ option: 'geography', description: '' }] } },
      /design\.targetPopulation\.0\.description/,
    ],
    [
      'a single setting that lists two',
      { design: { ...design, healthcareSetting: { option: 'single', settings: ['primary', 'secondary'] } } },
      /design\.healthcareSetting\.settings: a single setting lists exactly one/,
    ],
    [
      'an unknown setting',
      { design: { ...design, healthcareSetting: { option: 'single', settings: ['dental'] } } },
      /design\.healthcareSetting\.settings\.0/,
    ],
    [
      'a single legal issue with seven areas covered',
      { design: { ...design, legalIssues: 'single' } },
      /design\.legalIssues: "single" does not match the 7 areas/,
    ],
    ['no nature of assistance', { design: { ...design, natureOfAssistance: [] } }, /design\.natureOfAssistance/],
    [
      'an option listed twice',
      { design: { ...design, approachToLinking: ['co-location', 'co-location'] } },
      /design\.approachToLinking: each option may appear only once/,
    ],
    ['an unknown kind of joint working', { design: { ...design, jointWorking: 'none' } }, /design\.jointWorking/],
    [
      'an unknown administrative integration',
      { design: { ...design, administrativeIntegration: ['fax'] } },
      /design\.administrativeIntegration\.0/,
    ],
    ['a missing design', { design: undefined }, /^design: /],
    ['a negative funding amount', { funding: [{ ...raw.funding[0], amount: -5 }] }, /funding\.0\.amount/],
    [
      'funding in fractions of a penny',
      { funding: [{ ...raw.funding[0], amount: 10.001 }] },
      /funding\.0\.amount: at most two decimal places/,
    ],
    [
      'a funding period that is not a date',
      { funding: [{ ...raw.funding[0], period: { start: '1 April 2026', end: '2027-03-31' } }] },
      /funding\.0\.period\.start/,
    ],
    [
      'a funding period that ends before it starts',
      { funding: [{ ...raw.funding[0], period: { start: '2027-04-01', end: '2026-03-31' } }] },
      /funding\.0\.period: the period ends before it starts/,
    ],
    ['a funder with no name', { funding: [{ ...raw.funding[0], funder: '' }] }, /funding\.0\.funder/],
    ['a first-contact target of 0 days', { targets: { firstContactDays: 0 } }, /targets\.firstContactDays/],
    [
      'a suppression threshold of 0 (the report never shows small counts)',
      { evaluation: { ...raw.evaluation, suppression: { threshold: 0, rounding: 5 } } },
      /evaluation\.suppression\.threshold/,
    ],
    [
      'a rounding base that is not whole',
      { evaluation: { ...raw.evaluation, suppression: { threshold: 7, rounding: 2.5 } } },
      /evaluation\.suppression\.rounding/,
    ],
    [
      'more than 52 weeks a year',
      { evaluation: { ...raw.evaluation, annualisation: { weeksPerYear: 53 } } },
      /evaluation\.annualisation\.weeksPerYear/,
    ],
  ];
  it.each(broken)('names the bad field for %s', (_what, change, message) => {
    expect(() => parsePartnership({ ...raw, ...(change as object) })).toThrow(message);
  });

  it('has a first-contact target and a safeguarding prompt tied to an urgent reason, refusing an unknown one', () => {
    expect(PARTNERSHIP.targets.firstContactDays).toBe(7);
    expect(PARTNERSHIP.safeguarding.whenUrgentReason).toBe('safety');
    expect(PARTNERSHIP.safeguarding.whatToDoNow.join(' ')).toMatch(/999/);
    expect(() =>
      parsePartnership({ ...raw, safeguarding: { ...raw.safeguarding, whenUrgentReason: 'feeling-sad' } }),
    ).toThrow(/safeguarding/);
    expect(() => parsePartnership({ ...raw, targets: { firstContactDays: 0 } })).toThrow(/targets/);
  });
});

import { describe, expect, it } from 'vitest';
import raw from './partnership.json';
import { PARTNERSHIP, parsePartnership } from './partnership';

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

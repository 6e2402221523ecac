import { describe, expect, it } from 'vitest';
import { PROFILE } from '../../../fhir-profiles/src/terminology';
import { financialYearById } from '../periods';
import { buildNarrative, narrativeIdentifier, readNarrative } from './narrative';

const period = financialYearById('FY2026-27');
const now = new Date('2026-12-01T10:00:00Z');

describe('the funder report narrative', () => {
  it('is one Composition for the period, about no patient, with a section per written text', () => {
    const c = buildNarrative({
      period,
      author: 'PractitionerRole/lead',
      now,
      texts: { activity: 'Referrals rose.', outcomes: '  ', methods: 'Gross, not net.' },
    });
    expect(c).toMatchObject({
      resourceType: 'Composition',
      meta: { profile: [PROFILE.reportNarrative] },
      identifier: { value: 'FY2026-27' },
      author: [{ reference: 'PractitionerRole/lead' }],
      event: [{ period: { start: '2026-04-01', end: '2027-03-31' } }],
    });
    expect(c.subject).toBeUndefined();
    expect(c.section?.map((s) => s.code?.coding?.[0]?.code)).toEqual(['activity', 'methods']);
    expect(narrativeIdentifier('FY2026-27')).toBe('https://fhir.hjp-link.org.uk/Id/report-narrative|FY2026-27');
  });

  it('reads back what was written, with markup kept as text', () => {
    const texts = { about: 'We are <b>three</b> teams.\n\nSince 2025.', equity: 'More women than men.' };
    expect(readNarrative(buildNarrative({ period, author: 'PractitionerRole/lead', now, texts }))).toEqual(texts);
    expect(readNarrative(undefined)).toEqual({});
  });

  it('keeps the stored id and version, so the update is guarded by If-Match', () => {
    const base = buildNarrative({ period, author: 'PractitionerRole/lead', now, texts: {} });
    const next = buildNarrative({
      period,
      author: 'PractitionerRole/lead',
      now,
      texts: { activity: 'x' },
      base: { ...base, id: 'c1', meta: { versionId: '3' } },
    });
    expect(next).toMatchObject({ id: 'c1', meta: { versionId: '3' } });
  });
});

import { describe, expect, it } from 'vitest';
import raw from './partnership.json';
import { PARTNERSHIP } from './partnership';
import { parsePartnership } from './parsePartnership';
import { describeDesign, fundingFor } from './partnershipAbout';

describe('the partnership described in the guide’s taxonomy', () => {
  it('names every service characteristic in the guide’s order and words', () => {
    const rows = describeDesign(PARTNERSHIP);
    expect(rows.map((r) => r.characteristic)).toEqual([
      'Target population',
      'Healthcare setting',
      'Legal issues addressed',
      'Nature of legal assistance',
      'Mode of advice delivery',
      'Approach to linking services',
      'Nature of joint working',
      'Administrative integration',
    ]);
    expect(rows[1]?.options).toEqual(['Mixed health settings: primary care, secondary care']);
    expect(rows[2]?.options[0]).toMatch(/^Several categories of social welfare law: Benefits and income, Debt/);
    expect(rows[3]?.options).toEqual(['Advice', 'Advice with casework']);
    expect(rows[5]?.options).toEqual(['Direct referral']);
  });

  it('adds up the funding of a financial year, and gives no total when a grant runs past it', () => {
    const fy = { start: '2026-04-01', end: '2027-03-31' };
    expect(fundingFor(PARTNERSHIP, fy).total).toBe(75000);
    const config = parsePartnership({
      ...raw,
      funding: [
        { funder: 'A', amount: 1000.1, period: fy },
        { funder: 'B', amount: 2000.2, period: fy },
      ],
    });
    expect(fundingFor(config, fy).total).toBe(3000.3);
    const spanning = parsePartnership({
      ...raw,
      funding: [{ funder: 'A', amount: 1000, period: { start: '2026-01-01', end: '2027-12-31' } }],
    });
    expect(fundingFor(spanning, fy)).toMatchObject({ total: undefined, entries: [{ funder: 'A' }] });
    expect(fundingFor(PARTNERSHIP, { start: '2020-04-01', end: '2021-03-31' })).toEqual({
      entries: [],
      total: undefined,
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPPRESSION,
  NO_SUPPRESSION,
  SUPPRESSED,
  isSmallVisibleCount,
  suppressCount,
  suppressTable,
  type Relation,
  type Shown,
} from './suppression';

/** Whether a relation lets someone work out a hidden member exactly from the shown ones. */
function derivable(shown: Record<string, Shown>, relation: Relation): boolean {
  const members = [relation.total, ...relation.parts];
  return members.filter((m) => shown[m] === SUPPRESSED).length === 1;
}

describe('suppressCount', () => {
  it('hides 1 to 7, shows 0, rounds the rest to the nearest 5', () => {
    expect([0, 1, 7, 8, 12, 13, 1234].map((n) => suppressCount(n))).toEqual([0, '*', '*', 10, 10, 15, 1235]);
  });

  it('takes another threshold (ONS research outputs use 10)', () => {
    expect(suppressCount(9, { threshold: 10, rounding: 5 })).toBe('*');
    expect(suppressCount(11, { threshold: 10, rounding: 5 })).toBe(10);
  });

  it('leaves counts exact when switched off', () => {
    expect(suppressCount(3, NO_SUPPRESSION)).toBe(3);
  });

  it('refuses a nonsense rule', () => {
    expect(() => suppressCount(3, { threshold: -1, rounding: 5 })).toThrow(RangeError);
    expect(() => suppressCount(3, { threshold: 7, rounding: 0 })).toThrow(RangeError);
  });
});

describe('suppressTable: secondary suppression', () => {
  it('hides a second part when one small part could be worked out from the total', () => {
    // 20 referrals = 15 accepted + 5 rejected: showing 20 and 15 gives 5 away.
    const relations = [{ total: 'all', parts: ['accepted', 'rejected'] }];
    const shown = suppressTable({ all: 20, accepted: 15, rejected: 5 }, relations);
    expect(shown).toEqual({ all: 20, accepted: SUPPRESSED, rejected: SUPPRESSED });
  });

  it('picks the smallest other non-zero part, never a zero (a zero hides nothing)', () => {
    const relations = [{ total: 't', parts: ['a', 'b', 'c', 'z'] }];
    const shown = suppressTable({ t: 53, a: 3, b: 30, c: 20, z: 0 }, relations);
    expect(shown).toEqual({ t: 55, a: SUPPRESSED, b: 30, c: SUPPRESSED, z: 0 });
    expect(derivable(shown, relations[0]!)).toBe(false);
  });

  it('hides the total when no other part can hide the small one', () => {
    const relations = [{ total: 't', parts: ['a', 'z'] }];
    expect(suppressTable({ t: 4, a: 4, z: 0 }, relations)).toEqual({ t: SUPPRESSED, a: SUPPRESSED, z: 0 });
  });

  it('follows a chain: a cell hidden for one relation is protected in the next', () => {
    // Row: t = a + b; column: b = b1 + b2. a is small, so b is hidden; then b2 must go with b1.
    const relations = [
      { total: 't', parts: ['a', 'b'] },
      { total: 'b', parts: ['b1', 'b2'] },
    ];
    const shown = suppressTable({ t: 40, a: 2, b: 38, b1: 20, b2: 18 }, relations);
    expect(shown.a).toBe(SUPPRESSED);
    expect(shown.b).toBe(SUPPRESSED);
    for (const r of relations) {
      expect(derivable(shown, r)).toBe(false);
    }
  });

  it('leaves no small count visible and nothing derivable in many random tables', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const parts = Array.from({ length: 2 + random(5) }, () => (random(3) === 0 ? random(8) : random(60)));
      const cells: Record<string, number> = { total: parts.reduce((a, b) => a + b, 0) };
      parts.forEach((v, j) => (cells[`p${String(j)}`] = v));
      const relation = { total: 'total', parts: parts.map((_, j) => `p${String(j)}`) };
      const shown = suppressTable(cells, [relation], DEFAULT_SUPPRESSION);
      expect(Object.values(shown).some((v) => isSmallVisibleCount(v))).toBe(false);
      expect(derivable(shown, relation)).toBe(false);
    }
  });

  it('names a relation cell missing from the table', () => {
    expect(() => suppressTable({ t: 10 }, [{ total: 't', parts: ['x'] }])).toThrow(/not in the table: x/);
  });
});

/**
 * The small-number rule for everything that leaves the partnership (evaluation.md "Small numbers"):
 * counts from 1 to the threshold (default 7) are shown as "*", other counts are rounded to the
 * nearest 5, and secondary suppression hides more cells wherever a hidden one could be worked out
 * from a total. Zero is shown as 0 (nothing to protect). Browser-safe: the engine, the dashboard's
 * report and every download use this one module.
 */
export interface SuppressionRule {
  /** Counts from 1 to this are hidden; 0 switches suppression off (the partnership's own exact view). */
  readonly threshold: number;
  /** Shown counts are rounded to a multiple of this; 1 leaves them exact. */
  readonly rounding: number;
}

export const DEFAULT_SUPPRESSION: SuppressionRule = { threshold: 7, rounding: 5 };

/** The partnership's own exact figures (never for anything that leaves it). */
export const NO_SUPPRESSION: SuppressionRule = { threshold: 0, rounding: 1 };

export const SUPPRESSED = '*';
export type Shown = number | typeof SUPPRESSED;

/** A linear relation between cells: `total` is the sum of `parts` (all keys of the table). */
export interface Relation {
  readonly total: string;
  readonly parts: readonly string[];
}

export function checkRule(rule: SuppressionRule): SuppressionRule {
  if (!Number.isInteger(rule.threshold) || rule.threshold < 0) {
    throw new RangeError('The suppression threshold is a whole number, 0 or more.');
  }
  if (!Number.isInteger(rule.rounding) || rule.rounding < 1) {
    throw new RangeError('The rounding base is a whole number, 1 or more.');
  }
  return rule;
}

export function isPrimarySuppressed(count: number, rule: SuppressionRule): boolean {
  return count >= 1 && count <= rule.threshold;
}

/** A shown count rounded to the rule's base (halves round up: 12.5 → 15). */
export function roundCount(count: number, rule: SuppressionRule): number {
  return Math.round(count / rule.rounding) * rule.rounding;
}

/** One count on its own (no totals to protect): "*" or rounded. */
export function suppressCount(count: number, rule: SuppressionRule = DEFAULT_SUPPRESSION): Shown {
  checkRule(rule);
  return isPrimarySuppressed(count, rule) ? SUPPRESSED : roundCount(count, rule);
}

/**
 * A table of counts with the relations that tie them (a total and its parts): primary suppression,
 * then secondary until no relation has exactly one hidden member (one hidden member is the total
 * minus the others). The extra cell hidden is the smallest non-zero visible part, else the total.
 */
export function suppressTable(
  cells: Readonly<Record<string, number>>,
  relations: readonly Relation[],
  rule: SuppressionRule = DEFAULT_SUPPRESSION,
): Record<string, Shown> {
  checkRule(rule);
  const value = (key: string): number => {
    const v = cells[key];
    if (v === undefined) {
      throw new Error(`Relation names a cell that is not in the table: ${key}`);
    }
    return v;
  };
  for (const relation of relations) {
    [relation.total, ...relation.parts].forEach(value);
  }
  const hidden = new Set(Object.keys(cells).filter((k) => isPrimarySuppressed(value(k), rule)));
  if (rule.threshold > 0) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const relation of relations) {
        const members = [relation.total, ...relation.parts];
        if (members.filter((m) => hidden.has(m)).length !== 1) {
          continue;
        }
        const candidates = relation.parts
          .filter((p) => !hidden.has(p) && value(p) > 0)
          .sort((a, b) => value(a) - value(b) || a.localeCompare(b));
        const extra = candidates[0] ?? (value(relation.total) > 0 ? relation.total : undefined);
        if (extra !== undefined && !hidden.has(extra)) {
          hidden.add(extra);
          changed = true;
        }
      }
    }
  }
  return Object.fromEntries(
    Object.keys(cells).map((k) => [k, hidden.has(k) ? SUPPRESSED : roundCount(value(k), rule)] as const),
  );
}

/** True when a shown value would be a forbidden small count (1 to threshold): a test guard. */
export function isSmallVisibleCount(shown: Shown, rule: SuppressionRule = DEFAULT_SUPPRESSION): boolean {
  return shown !== SUPPRESSED && isPrimarySuppressed(shown, rule);
}

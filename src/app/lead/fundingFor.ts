import { PARTNERSHIP } from '../../config/partnership';

/**
 * The partnership's funding for a period, in pounds, when its configuration gives one
 * (`funding`: a list of { period, amount } or a map of period id → amount; the funder report's
 * configuration adds it). Undefined when not configured: the dashboard then says so.
 */
export function fundingFor(periodId: string, config: unknown = PARTNERSHIP): number | undefined {
  const funding = (config as { funding?: unknown }).funding;
  if (Array.isArray(funding)) {
    for (const item of funding as unknown[]) {
      const f = item as { period?: unknown; periodId?: unknown; amount?: unknown; amountGbp?: unknown };
      const id = f.period ?? f.periodId;
      const amount = f.amount ?? f.amountGbp;
      if (id === periodId && typeof amount === 'number') {
        return amount;
      }
    }
    return undefined;
  }
  if (funding !== null && typeof funding === 'object') {
    const amount = (funding as Record<string, unknown>)[periodId];
    return typeof amount === 'number' ? amount : undefined;
  }
  return undefined;
}

import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { ClickTermsSnapshot } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { splitCommission } from '@/lib/split/split-commission';

// The split of one matched conversion, from its click's terms snapshot
// (DESIGN.md §3.6: the member gets what the page promised at the click). A
// boost with a budget is charged what it adds: its row is locked so two
// conversions cannot both spend its last euros, and this conversion's earlier
// share is given back before recomputing. A conversion without a snapshot
// (assigned by ops without a click) or without a positive commission earns
// the member nothing here; ops credit such cases by a manual adjustment.

/** The detail's reason when the split engine refused the conversion: the purchase is flagged for ops. */
export const SPLIT_REFUSED = 'split_refused';

export type ConversionSplit = {
  memberMinor: number;
  platformMinor: number;
  marketingMinor: number;
  boostId: number | null;
  boostExtraMinor: number;
  /** Stored with the member's purchase and rendered as its explanation. */
  detail: Record<string, unknown>;
};

export async function conversionSplit(
  tx: Tx,
  input: {
    conversionId: string;
    snapshot: ClickTermsSnapshot | null;
    saleMinor: number | null;
    commissionMinor: number;
    currency: string;
    /** null: the network did not say; neither new- nor existing-customer rates apply. */
    newCustomer: boolean | null;
  },
): Promise<ConversionSplit> {
  const { currency, commissionMinor } = input;
  // A snapshot from before the terms had this shape (or a hand-made test click) prices nothing.
  const snapshot = input.snapshot && Array.isArray(input.snapshot.offers) ? input.snapshot : null;
  if (!snapshot || commissionMinor <= 0) {
    return {
      memberMinor: 0,
      platformMinor: commissionMinor,
      marketingMinor: 0,
      boostId: null,
      boostExtraMinor: 0,
      detail: { reason: snapshot ? 'no_commission' : 'no_terms', commissionMinor, currency },
    };
  }
  const budgets = await boostBudgets(tx, input.conversionId, snapshot);
  let result: ReturnType<typeof splitCommission>;
  try {
    result = splitCommission(
      snapshot,
      {
        sale: input.saleMinor === null ? null : { amountMinor: input.saleMinor, currency },
        commission: { amountMinor: commissionMinor, currency },
        newCustomer: input.newCustomer,
        productCategory: null,
      },
      { boostBudgetRemainingMinor: budgets.remaining },
    );
  } catch (error) {
    // A conversion the terms cannot price (another currency than the programme's) is kept, priced at
    // nothing for the member and flagged: ops decide, by an adjustment, rather than intake failing.
    if (!(error instanceof AppError)) throw error;
    return {
      memberMinor: 0,
      platformMinor: commissionMinor,
      marketingMinor: 0,
      boostId: null,
      boostExtraMinor: 0,
      detail: { reason: SPLIT_REFUSED, message: error.message, commissionMinor, currency },
    };
  }
  const boostId = result.boostId !== null && budgets.existing.has(result.boostId) ? result.boostId : null;
  return {
    memberMinor: result.memberMinor,
    platformMinor: result.platformMinor,
    marketingMinor: result.marketingExpenseMinor,
    boostId,
    boostExtraMinor: boostId === null ? 0 : result.boostExtraMinor,
    detail: result as unknown as Record<string, unknown>,
  };
}

async function boostBudgets(
  tx: Tx,
  conversionId: string,
  snapshot: ClickTermsSnapshot,
): Promise<{ remaining: Record<number, number>; existing: Set<number> }> {
  const ids = snapshot.offers.flatMap((offer) =>
    offer.rates.flatMap((rate) => (rate.boost ? [rate.boost.id] : [])),
  );
  const remaining: Record<number, number> = {};
  if (ids.length === 0) return { remaining, existing: new Set() };
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  // Only a boost with a budget is locked and its spending summed: most have
  // none, and locking those made every conversion on a boosted store wait for
  // the one before it, and sum all of that boost's purchases each time.
  const known = await tx.execute<{ id: number; budgeted: boolean }>(sql`
    select id, budget_minor is not null as budgeted from boosts where id in (${idList})`);
  const existing = new Set(known.rows.map((row) => Number(row.id)));
  const budgeted = known.rows.filter((row) => row.budgeted).map((row) => Number(row.id));
  if (budgeted.length === 0) return { remaining, existing };
  const rows = await tx.execute<{
    id: number;
    budget_minor: string | number | null;
    spent: string | number;
  }>(sql`
    select b.id, b.budget_minor,
      coalesce((select sum(m.boost_extra_minor) from member_cashback m
        where m.boost_id = b.id and m.conversion_id <> ${conversionId} and m.status <> 'cancelled'), 0) as spent
    from boosts b where b.id in (${sql.join(
      budgeted.map((id) => sql`${id}`),
      sql`, `,
    )})
    order by b.id for update of b`);
  for (const row of rows.rows) {
    if (row.budget_minor !== null)
      remaining[row.id] = Math.max(0, Number(row.budget_minor) - Number(row.spent));
  }
  return { remaining, existing };
}

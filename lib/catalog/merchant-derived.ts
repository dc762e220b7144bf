import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

/**
 * Recomputes what the merchants table caches from other rows, so it is never
 * typed by hand: the best base rates (the /stores "sort by cashback" key) and
 * the search keywords (the shop domains).
 * Call it after writing offers, rates, categories or domains.
 */
export async function refreshMerchantDerived(
  db: DbOrTx,
  options: { merchantIds?: readonly number[]; now?: Date } = {},
): Promise<void> {
  const now = options.now ?? new Date();
  const ids = options.merchantIds ? [...options.merchantIds] : null;
  const only = ids ? sql`and m.id = any(${sql.param(ids)}::int[])` : sql``;
  await db.execute(sql`
    update merchants m set
      best_rate_bps = r.best_rate_bps,
      best_fixed_minor = r.best_fixed_minor,
      best_fixed_currency = r.best_fixed_currency
    from (
      select m2.id,
        max(cr.rate_bps) filter (where cr.kind = 'percent') as best_rate_bps,
        max(cr.amount_minor) filter (where cr.kind = 'fixed') as best_fixed_minor,
        (array_agg(cr.currency order by cr.amount_minor desc nulls last) filter (where cr.kind = 'fixed'))[1] as best_fixed_currency
      from merchants m2
      left join offers o on o.merchant_id = m2.id and o.is_active
        and (o.starts_at is null or o.starts_at <= ${now}) and (o.ends_at is null or o.ends_at > ${now})
      left join cashback_rates cr on cr.offer_id = o.id
      group by m2.id
    ) r
    where r.id = m.id ${only}`);
  // Categories are matched on their own table at search time (lib/catalog/store-list.ts),
  // so the per-merchant text stays short: trigram scoring cost grows with its length.
  await db.execute(sql`
    update merchants m set search_keywords = coalesce(k.words, '')
    from (
      select m2.id, (select string_agg(d.domain, ' ' order by d.domain) from merchant_domains d where d.merchant_id = m2.id) as words
      from merchants m2
    ) k
    where k.id = m.id and m.search_keywords is distinct from coalesce(k.words, '') ${only}`);
}

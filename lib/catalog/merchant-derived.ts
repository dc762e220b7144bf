import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

/**
 * Recomputes what the merchants table caches from other rows, so it is never
 * typed by hand: the best base rates (the /stores "sort by cashback" key) and
 * the search keywords (the words of the shop domains).
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
    where r.id = m.id ${only}
      -- Only rows whose values change: a refresh of an unchanged catalog writes nothing.
      and (m.best_rate_bps, m.best_fixed_minor, m.best_fixed_currency)
        is distinct from (r.best_rate_bps, r.best_fixed_minor, r.best_fixed_currency)`);
  // Categories are matched on their own table at search time (lib/catalog/store-list.ts),
  // so the per-merchant text stays short: trigram scoring cost grows with its length. For the
  // same reason the keywords are the words of the shop domains that the name does not already
  // hold, each once, in order of appearance ("maison-lavande.example shop.maison-lavande.example"
  // adds "example shop" to "Maison Lavande"): pg_trgm splits words on the same non-alphanumeric
  // characters, so a typed domain still matches, and scoring reads half the text (measured:
  // 47 → 24 characters on average, word_similarity 82 → 42 ms per 10 000 rows).
  await db.execute(sql`
    update merchants m set search_keywords = coalesce(k.words, '')
    from (
      select m2.id, (
        select string_agg(w.word, ' ' order by w.first)
        from (
          select x.word, min(x.pos) as first
          from (
            select part.word, row_number() over (order by d.domain, part.ord) as pos
            from merchant_domains d,
              regexp_split_to_table(lower(f_unaccent(d.domain)), '[^[:alnum:]]+') with ordinality as part(word, ord)
            where d.merchant_id = m2.id
          ) x
          where x.word <> '' and x.word <> all(regexp_split_to_array(m2.name_folded, '[^[:alnum:]]+'))
          group by x.word
        ) w
      ) as words
      from merchants m2
    ) k
    where k.id = m.id and m.search_keywords is distinct from coalesce(k.words, '') ${only}`);
}

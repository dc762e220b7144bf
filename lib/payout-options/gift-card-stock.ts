import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// The gift card brands as ops see them: each with its stock per value, split
// the way members meet it. "In stock" is exactly what members are offered
// (lib/withdrawals/payout-options.ts: unassigned, not expired by today);
// "expired" is unassigned and past its date (or on it); "handed out" is
// assigned to a withdrawal. Counts only: no code leaves the database here.

export type GiftCardValueStock = { valueMinor: number; inStock: number; handedOut: number; expired: number };

export type GiftCardBrandStock = {
  id: number;
  slug: string;
  name: string;
  currency: string;
  active: boolean;
  values: GiftCardValueStock[];
};

export async function giftCardStock(db: DbOrTx): Promise<GiftCardBrandStock[]> {
  const { rows } = await db.execute<{
    id: number;
    slug: string;
    name: string;
    currency: string;
    active: boolean;
    value_minor: string | null;
    in_stock: number;
    handed_out: number;
    expired: number;
  }>(sql`
    select b.id, b.slug, b.name, b.currency, b.active, c.value_minor::text as value_minor,
      count(*) filter (where c.withdrawal_id is null
                         and (c.expires_on is null or c.expires_on > current_date))::int as in_stock,
      count(*) filter (where c.withdrawal_id is not null)::int as handed_out,
      count(*) filter (where c.withdrawal_id is null and c.expires_on <= current_date)::int as expired
    from gift_card_brands b
    left join gift_cards c on c.brand_id = b.id
    group by b.id, c.value_minor
    order by b.active desc, b.name, b.id, c.value_minor`);
  const brands = new Map<number, GiftCardBrandStock>();
  for (const row of rows) {
    const id = Number(row.id);
    let brand = brands.get(id);
    if (!brand) {
      brand = {
        id,
        slug: row.slug,
        name: row.name,
        currency: row.currency.trim(),
        active: row.active,
        values: [],
      };
      brands.set(id, brand);
    }
    if (row.value_minor === null) continue;
    brand.values.push({
      valueMinor: Number(row.value_minor),
      inStock: Number(row.in_stock),
      handedOut: Number(row.handed_out),
      expired: Number(row.expired),
    });
  }
  return [...brands.values()];
}

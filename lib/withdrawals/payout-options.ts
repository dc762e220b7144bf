import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charities, giftCards } from '@/db/schema';

// What a member can choose from: the active charities, and the gift card
// brands with the values in stock (a card is offered only while a code for it
// waits to be handed out).

export type CharityOption = { id: number; name: string; descriptionFr: string; descriptionEn: string };
export type GiftCardOption = { id: number; name: string; currency: string; valuesMinor: number[] };

export async function charityOptions(db: DbOrTx): Promise<CharityOption[]> {
  return db
    .select({
      id: charities.id,
      name: charities.name,
      descriptionFr: charities.descriptionFr,
      descriptionEn: charities.descriptionEn,
    })
    .from(charities)
    .where(eq(charities.active, true))
    .orderBy(asc(charities.name));
}

export async function giftCardOptions(db: DbOrTx): Promise<GiftCardOption[]> {
  const { rows } = await db.execute<{
    id: number;
    name: string;
    currency: string;
    values_minor: string[] | null;
  }>(sql`
    select b.id, b.name, b.currency,
      array_agg(distinct c.value_minor::text) filter (where c.id is not null) as values_minor
    from gift_card_brands b
    left join gift_cards c on c.brand_id = b.id and c.withdrawal_id is null and c.currency = b.currency
      and (c.expires_on is null or c.expires_on > current_date)
    where b.active
    group by b.id
    order by b.name`);
  return rows.map((row) => ({
    id: Number(row.id),
    name: row.name,
    currency: row.currency.trim(),
    valuesMinor: (row.values_minor ?? []).map(Number).sort((a, b) => a - b),
  }));
}

/** The card values in stock for one brand and currency. */
export async function giftCardValues(db: DbOrTx, brandId: number, currency: string): Promise<number[]> {
  const rows = await db
    .selectDistinct({ valueMinor: giftCards.valueMinor })
    .from(giftCards)
    .where(
      and(
        eq(giftCards.brandId, brandId),
        eq(giftCards.currency, currency),
        isNull(giftCards.withdrawalId),
        sql`(${giftCards.expiresOn} is null or ${giftCards.expiresOn} > current_date)`,
      ),
    )
    .orderBy(asc(giftCards.valueMinor));
  return rows.map((row) => Number(row.valueMinor));
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { giftCardBrands } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { GiftCardBrandInput } from './gift-card-brand-form';
import type { StaffAction } from './staff-action';

// Adding a gift card brand, and taking it off (or back on) the list members
// choose from. A deactivated brand keeps its stock: the codes stay sealed and
// counted, and come back with the brand. Each change has its audit entry in
// the same transaction.

const err = (name: string) => `payoutOptions.giftCards.errors.${name}` as MessageKey;

export async function createGiftCardBrand(
  db: DbOrTx,
  input: GiftCardBrandInput & StaffAction,
): Promise<{ id: number; slug: string }> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(giftCardBrands)
      .values({ slug: input.slug, name: input.name, currency: input.currency })
      .onConflictDoNothing()
      .returning({ id: giftCardBrands.id, slug: giftCardBrands.slug });
    if (!row) throw new AppError('conflict', err('invalid'), { fields: { slug: [err('slugTaken')] } });
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: 'gift_card_brand.created',
      details: { brandId: row.id, slug: row.slug, currency: input.currency },
      ip: input.ip,
    });
    return row;
  });
}

export async function setGiftCardBrandActive(
  db: DbOrTx,
  input: StaffAction & { brandId: number; active: boolean },
): Promise<'changed' | 'unchanged'> {
  return db.transaction(async (tx) => {
    const [brand] = await tx
      .select({ id: giftCardBrands.id, slug: giftCardBrands.slug, active: giftCardBrands.active })
      .from(giftCardBrands)
      .where(eq(giftCardBrands.id, input.brandId))
      .for('update');
    if (!brand) throw new AppError('not_found', err('brandNotFound'));
    if (brand.active === input.active) return 'unchanged';
    await tx.update(giftCardBrands).set({ active: input.active }).where(eq(giftCardBrands.id, brand.id));
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: input.active ? 'gift_card_brand.reactivated' : 'gift_card_brand.deactivated',
      details: { brandId: brand.id, slug: brand.slug },
      ip: input.ip,
    });
    return 'changed';
  });
}

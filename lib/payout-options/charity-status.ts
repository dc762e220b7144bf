import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charities } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import type { StaffAction } from './staff-action';

// Deactivating, reactivating and choosing the default charity (where dormant
// balances go when their members consented). Each locks the charity's row,
// so a deactivation and a "make default" of the same charity are decided one
// after the other; the default is never deactivated (the schema refuses it
// too). Switching the default is one transaction, under a lock of its own:
// two ops choosing two different defaults at the same instant end with one
// default, the last one chosen, never a unique-index error.

const err = (name: string) => `payoutOptions.charities.errors.${name}` as MessageKey;

export type CharityChange = 'changed' | 'unchanged';

type Target = StaffAction & { charityId: number };

async function lockCharity(db: DbOrTx, charityId: number) {
  const [row] = await db
    .select({
      id: charities.id,
      slug: charities.slug,
      active: charities.active,
      isDefault: charities.isDefault,
    })
    .from(charities)
    .where(eq(charities.id, charityId))
    .for('update');
  if (!row) throw new AppError('not_found', err('notFound'));
  return row;
}

export async function setCharityActive(
  db: DbOrTx,
  input: Target & { active: boolean },
): Promise<CharityChange> {
  return db.transaction(async (tx) => {
    const charity = await lockCharity(tx, input.charityId);
    if (charity.active === input.active) return 'unchanged';
    if (!input.active && charity.isDefault) throw new AppError('conflict', err('defaultCannotDeactivate'));
    await tx
      .update(charities)
      .set({ active: input.active, updatedAt: sql`now()` })
      .where(eq(charities.id, charity.id));
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: input.active ? 'charity.reactivated' : 'charity.deactivated',
      details: { charityId: charity.id, slug: charity.slug },
      ip: input.ip,
    });
    return 'changed';
  });
}

/** Makes an active charity the default, and the previous default an ordinary one, in one transaction. */
export async function makeDefaultCharity(db: DbOrTx, input: Target): Promise<CharityChange> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('charities.default'))`);
    const charity = await lockCharity(tx, input.charityId);
    if (charity.isDefault) return 'unchanged';
    if (!charity.active) throw new AppError('conflict', err('inactiveCannotBeDefault'));
    const previous = await tx
      .update(charities)
      .set({ isDefault: false, updatedAt: sql`now()` })
      .where(and(eq(charities.isDefault, true), ne(charities.id, charity.id)))
      .returning({ id: charities.id });
    await tx
      .update(charities)
      .set({ isDefault: true, updatedAt: sql`now()` })
      .where(eq(charities.id, charity.id));
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: 'charity.made_default',
      details: { charityId: charity.id, slug: charity.slug, previousDefaultId: previous[0]?.id ?? null },
      ip: input.ip,
    });
    return 'changed';
  });
}

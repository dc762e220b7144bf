import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type MerchantStatus, merchantStatusChanges, merchants, networkPrograms } from '@/db/schema';
import { AppError } from '@/lib/errors';

// The merchant life cycle: draft → pending_review → approved → live ⇄ paused →
// archived. Only `live` merchants are public. Every change is recorded with
// who made it and why; an illegal move is refused, never applied.

const transitions: Record<MerchantStatus, readonly MerchantStatus[]> = {
  draft: ['pending_review', 'archived'],
  pending_review: ['approved', 'draft', 'archived'],
  approved: ['live', 'archived'],
  live: ['paused', 'archived'],
  paused: ['live', 'archived'],
  archived: [],
};

export function canTransition(from: MerchantStatus, to: MerchantStatus): boolean {
  return transitions[from].includes(to);
}

export function nextStatuses(from: MerchantStatus): readonly MerchantStatus[] {
  return transitions[from];
}

export async function changeMerchantStatus(
  db: DbOrTx,
  merchantId: number,
  to: MerchantStatus,
  by: { changedBy: string; reason?: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    // Lock the row so two concurrent changes cannot both start from the same status.
    const [current] = await tx
      .select({ status: merchants.status, publishedAt: merchants.publishedAt })
      .from(merchants)
      .where(eq(merchants.id, merchantId))
      .for('update');
    if (!current) throw new AppError('not_found', `Merchant ${merchantId} does not exist`);
    if (!canTransition(current.status, to)) {
      throw new AppError('conflict', `A ${current.status} merchant cannot become ${to}`);
    }
    if (to === 'live') {
      const [route] = await tx
        .select({ id: networkPrograms.id })
        .from(networkPrograms)
        .where(and(eq(networkPrograms.merchantId, merchantId), eq(networkPrograms.isActiveRoute, true)))
        .limit(1);
      if (!route)
        throw new AppError('conflict', 'A merchant needs an active network program before going live');
    }
    await tx
      .update(merchants)
      .set({
        status: to,
        updatedAt: sql`now()`,
        publishedAt: to === 'live' && !current.publishedAt ? sql`now()` : undefined,
      })
      .where(and(eq(merchants.id, merchantId), ne(merchants.status, to)));
    await tx.insert(merchantStatusChanges).values({
      merchantId,
      fromStatus: current.status,
      toStatus: to,
      changedBy: by.changedBy,
      reason: by.reason ?? '',
    });
  });
}

/** Makes one of a merchant's network programs its active route (the others stop routing). */
export async function setActiveRoute(db: DbOrTx, merchantId: number, programId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [program] = await tx
      .select({ id: networkPrograms.id })
      .from(networkPrograms)
      .where(and(eq(networkPrograms.id, programId), eq(networkPrograms.merchantId, merchantId)))
      .for('update');
    if (!program)
      throw new AppError('not_found', `Program ${programId} is not one of merchant ${merchantId}'s`);
    await tx
      .update(networkPrograms)
      .set({ isActiveRoute: false })
      .where(and(eq(networkPrograms.merchantId, merchantId), eq(networkPrograms.isActiveRoute, true)));
    await tx.update(networkPrograms).set({ isActiveRoute: true }).where(eq(networkPrograms.id, programId));
  });
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { payoutMethods } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// A member removes a payout method. The row stays (withdrawals made to it
// point at it and are paid to it); it just stops being offered.

export const METHOD_NOT_FOUND = 'withdrawals.methods.errors.notFound' satisfies MessageKey;

export async function archivePayoutMethod(
  db: Db,
  input: { userId: string; methodId: string; ip?: string | null },
): Promise<void> {
  if (!isUuid(input.methodId)) throw new AppError('not_found', METHOD_NOT_FOUND);
  await db.transaction(async (tx) => {
    const [archived] = await tx
      .update(payoutMethods)
      .set({ archivedAt: sql`now()`, verificationTokenHash: null, verificationExpiresAt: null })
      .where(
        and(
          eq(payoutMethods.id, input.methodId),
          eq(payoutMethods.userId, input.userId),
          isNull(payoutMethods.archivedAt),
        ),
      )
      .returning({ id: payoutMethods.id, kind: payoutMethods.kind });
    if (!archived) throw new AppError('not_found', METHOD_NOT_FOUND);
    await writeAudit(tx, {
      actorUserId: input.userId,
      action: 'payout_method.archived',
      targetUserId: input.userId,
      details: { payoutMethodId: archived.id, kind: archived.kind },
      ip: input.ip,
    });
  });
}

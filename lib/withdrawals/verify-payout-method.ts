import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type PayoutMethod, payoutMethods } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { hashToken, TOKEN_FORMAT } from '@/lib/accounts/tokens';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// The member opened the link e-mailed when they saved a payout method (and
// pressed the button: a POST, so a mail scanner fetching the link does
// nothing). The token is single-use: verifying clears it.

export const LINK_INVALID = 'withdrawals.links.invalid' satisfies MessageKey;
export const LINK_EXPIRED = 'withdrawals.links.expired' satisfies MessageKey;

export async function verifyPayoutMethod(
  db: Db,
  input: { userId: string; token: string; ip?: string | null },
): Promise<PayoutMethod> {
  if (!TOKEN_FORMAT.test(input.token)) throw new AppError('not_found', LINK_INVALID);
  return db.transaction(async (tx) => {
    const [method] = await tx
      .select({
        id: payoutMethods.id,
        userId: payoutMethods.userId,
        kind: payoutMethods.kind,
        expired: sql<boolean>`${payoutMethods.verificationExpiresAt} <= now()`,
      })
      .from(payoutMethods)
      .where(
        and(
          eq(payoutMethods.verificationTokenHash, hashToken(input.token)),
          isNull(payoutMethods.archivedAt),
        ),
      )
      .for('update');
    // Another member's link is as good as no link: it says nothing about whose it is.
    if (!method || method.userId !== input.userId) throw new AppError('not_found', LINK_INVALID);
    if (method.expired) throw new AppError('unprocessable', LINK_EXPIRED);
    const [verified] = await tx
      .update(payoutMethods)
      .set({ verifiedAt: sql`now()`, verificationTokenHash: null, verificationExpiresAt: null })
      .where(eq(payoutMethods.id, method.id))
      .returning();
    await writeAudit(tx, {
      actorUserId: input.userId,
      action: 'payout_method.verified',
      targetUserId: input.userId,
      details: { payoutMethodId: method.id, kind: method.kind },
      ip: input.ip,
    });
    return verified!;
  });
}

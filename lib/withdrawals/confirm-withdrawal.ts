import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Withdrawal, withdrawals } from '@/db/schema';
import { hashToken, TOKEN_FORMAT } from '@/lib/accounts/tokens';
import { AppError } from '@/lib/errors';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { transitionWithdrawal } from './transition-withdrawal';
import { LINK_EXPIRED, LINK_INVALID } from './verify-payout-method';
import { MEMBER_HOLD_REASONS } from './withdrawal-transitions';
import { withdrawalsConfig } from './withdrawals-config';

// The member opened the confirmation link of a withdrawal on hold (their
// first, or to details set in the last 72 hours) and pressed the button: it
// joins the ops queue as `requested`. The link works once: the transition
// clears it.

export async function confirmWithdrawal(
  db: Db,
  input: { userId: string; token: string; ip?: string | null },
  config: NotifyConfig = withdrawalsConfig(),
): Promise<Withdrawal> {
  if (!TOKEN_FORMAT.test(input.token)) throw new AppError('not_found', LINK_INVALID);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        id: withdrawals.id,
        userId: withdrawals.userId,
        status: withdrawals.status,
        holdReason: withdrawals.holdReason,
        expired: sql<boolean>`${withdrawals.confirmationExpiresAt} <= now()`,
      })
      .from(withdrawals)
      .where(eq(withdrawals.confirmationTokenHash, hashToken(input.token)))
      .for('update');
    if (!found || found.userId !== input.userId) throw new AppError('not_found', LINK_INVALID);
    if (found.status !== 'on_hold' || !MEMBER_HOLD_REASONS.includes(found.holdReason!)) {
      throw new AppError('not_found', LINK_INVALID);
    }
    if (found.expired) throw new AppError('unprocessable', LINK_EXPIRED);
    return transitionWithdrawal(
      tx,
      found.id,
      { to: 'requested', actorUserId: input.userId, confirmedByMember: true, ip: input.ip },
      config,
    );
  });
}

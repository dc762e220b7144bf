import type { Db, Tx } from '@/db/client';
import type { Withdrawal } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { lockWithdrawal, WITHDRAWAL_NOT_FOUND } from './lock-withdrawal';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { transitionWithdrawal } from './transition-withdrawal';
import { MEMBER_HOLD_REASONS } from './withdrawal-transitions';
import { withdrawalsConfig } from './withdrawals-config';

// A member takes back a withdrawal ops have not acted on yet: still
// `requested`, or on hold waiting for their own e-mailed confirmation. The
// money returns to available in the same transaction. Decided under the
// withdrawal's row lock, so a cancel and an approval arriving together
// cannot both win: whichever locks second sees the other's status.

export const CANCEL_NOT_ALLOWED = 'withdrawals.cancel.notAllowed' satisfies MessageKey;

export function memberMayCancel(withdrawal: Pick<Withdrawal, 'status' | 'holdReason'>): boolean {
  return (
    withdrawal.status === 'requested' ||
    (withdrawal.status === 'on_hold' && MEMBER_HOLD_REASONS.includes(withdrawal.holdReason!))
  );
}

export async function cancelWithdrawal(
  db: Db,
  input: { userId: string; withdrawalId: string; ip?: string | null },
  config: NotifyConfig = withdrawalsConfig(),
): Promise<Withdrawal> {
  return db.transaction(async (tx: Tx) => {
    const withdrawal = await lockWithdrawal(tx, input.withdrawalId);
    if (withdrawal.userId !== input.userId) throw new AppError('not_found', WITHDRAWAL_NOT_FOUND);
    if (!memberMayCancel(withdrawal)) throw new AppError('conflict', CANCEL_NOT_ALLOWED);
    return transitionWithdrawal(
      tx,
      withdrawal.id,
      { to: 'cancelled', actorUserId: input.userId, ip: input.ip },
      config,
    );
  });
}

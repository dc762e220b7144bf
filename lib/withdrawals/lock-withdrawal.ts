import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { type Withdrawal, withdrawals } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

export const WITHDRAWAL_NOT_FOUND = 'withdrawals.errors.notFound' satisfies MessageKey;

/**
 * The withdrawal, locked for the rest of the transaction. Every change of a
 * withdrawal's status takes this lock first and decides on the row it
 * returns, so a member's cancel and an ops approval arriving together run one
 * after the other and the second sees what the first did.
 */
export async function lockWithdrawal(tx: Tx, withdrawalId: string): Promise<Withdrawal> {
  if (!isUuid(withdrawalId)) throw new AppError('not_found', WITHDRAWAL_NOT_FOUND);
  const [row] = await tx.select().from(withdrawals).where(eq(withdrawals.id, withdrawalId)).for('update');
  if (!row) throw new AppError('not_found', WITHDRAWAL_NOT_FOUND);
  return row;
}

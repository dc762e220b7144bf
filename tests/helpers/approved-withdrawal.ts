import type { Db } from '@/db/client';
import { confirmWithdrawal } from '@/lib/withdrawals/confirm-withdrawal';
import { requestWithdrawal } from '@/lib/withdrawals/request-withdrawal';
import { reviewWithdrawal } from '@/lib/withdrawals/review-withdrawal';
import { type PayoutMethodInput, savePayoutMethod } from '@/lib/withdrawals/save-payout-method';
import { verifyPayoutMethod } from '@/lib/withdrawals/verify-payout-method';
import { makeUser } from './accounts';
import { withdrawalTestConfig as config, credit, formKeyFor, lastLinkToken } from './withdrawal-fixtures';

// An approved withdrawal through the real steps (tests only): a new member
// credited, their method saved and confirmed by its e-mailed link, the
// request (confirmed by e-mail when it is held), approved by `ops`.

const review = { appUrl: config.appUrl, delivery: config.delivery, secondApprovalFromMinor: 1_000_000 };

export async function approvedWithdrawal(
  db: Db,
  ops: { id: string },
  method: PayoutMethodInput,
  amount: string,
  options: { availableMinor?: number; name?: string } = {},
) {
  const user = await makeUser(db, options.name ? { name: options.name } : {});
  await credit(db, user.id, options.availableMinor ?? 100_000);
  const { methodId } = await savePayoutMethod(db, { userId: user.id, method }, config);
  await verifyPayoutMethod(db, { userId: user.id, token: await lastLinkToken(db, user.email) });
  const { withdrawal } = await requestWithdrawal(
    db,
    { userId: user.id, payoutMethodId: methodId, amount, formKey: formKeyFor(user.id) },
    config,
  );
  if (withdrawal.status === 'on_hold') {
    await confirmWithdrawal(db, { userId: user.id, token: await lastLinkToken(db, user.email) }, config);
  }
  await reviewWithdrawal(
    db,
    { withdrawalId: withdrawal.id, actorUserId: ops.id, decision: 'approve' },
    review,
  );
  return { user, withdrawalId: withdrawal.id };
}

import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Withdrawal, withdrawals } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { lockWithdrawal } from './lock-withdrawal';
import type { ReviewConfig } from './review-config';
import { transitionWithdrawal } from './transition-withdrawal';
import { transitionRefusal } from './withdrawal-transitions';

// Ops' decisions on a withdrawal in the queue: approve, hold with a reason,
// reject with a reason. Holding and rejecting are one step of the state
// machine (transition-withdrawal.ts moves the money back and e-mails the
// member on a reject). Approving from the four-eyes amount is two steps by
// two people: the first approval is recorded on the row (status unchanged,
// second_approval_required set, which a database check then enforces), the
// second, by someone else, moves it to approved.

export type ReviewDecision =
  | { decision: 'approve' }
  | { decision: 'hold'; reason: string }
  | { decision: 'reject'; reason: string };

export type ReviewInput = ReviewDecision & {
  withdrawalId: string;
  actorUserId: string;
  ip?: string | null;
};

export type ReviewOutcome = { withdrawal: Withdrawal; awaitingSecondApproval: boolean };

export function needsSecondApproval(
  amountMinor: number,
  config: Pick<ReviewConfig, 'secondApprovalFromMinor'>,
) {
  return amountMinor >= config.secondApprovalFromMinor;
}

export async function reviewWithdrawal(
  db: Db,
  input: ReviewInput,
  config: ReviewConfig,
): Promise<ReviewOutcome> {
  return db.transaction(async (tx) => {
    if (input.decision === 'hold' || input.decision === 'reject') {
      const withdrawal = await transitionWithdrawal(
        tx,
        input.withdrawalId,
        input.decision === 'hold'
          ? {
              to: 'on_hold',
              holdReason: 'ops_review',
              reason: input.reason,
              actorUserId: input.actorUserId,
              ip: input.ip,
            }
          : { to: 'rejected', reason: input.reason, actorUserId: input.actorUserId, ip: input.ip },
        config,
      );
      return { withdrawal, awaitingSecondApproval: false };
    }

    const current = await lockWithdrawal(tx, input.withdrawalId);
    const twoNeeded = current.secondApprovalRequired || needsSecondApproval(current.amountMinor, config);
    if (!twoNeeded || current.approvedBy) {
      // One approver suffices, or this is the second: the state machine checks the rest
      // (and transition-withdrawal refuses the first approver approving again).
      const withdrawal = await transitionWithdrawal(
        tx,
        current.id,
        { to: 'approved', actorUserId: input.actorUserId, ip: input.ip },
        config,
      );
      return { withdrawal, awaitingSecondApproval: false };
    }

    // The first of two approvals: the same checks as an approval, then recorded without a status change.
    const refusal = transitionRefusal({
      from: current.status,
      to: 'approved',
      holdReason: current.holdReason,
      actorUserId: input.actorUserId,
    });
    if (refusal === 'needsConfirmation')
      throw new AppError('conflict', 'withdrawals.errors.needsConfirmation');
    if (refusal) throw new AppError('conflict', 'withdrawals.errors.notAllowed');
    if (input.actorUserId === current.userId) {
      throw new AppError('forbidden', 'withdrawals.errors.selfApproval' satisfies MessageKey);
    }
    const [withdrawal] = await tx
      .update(withdrawals)
      .set({
        approvedBy: input.actorUserId,
        approvedAt: sql`now()`,
        secondApprovalRequired: true,
        updatedAt: sql`now()`,
      })
      .where(eq(withdrawals.id, current.id))
      .returning();
    await writeAudit(tx, {
      actorUserId: input.actorUserId,
      action: 'withdrawal.first_approved',
      targetUserId: current.userId,
      details: { withdrawalId: current.id, amountMinor: current.amountMinor, currency: current.currency },
      ip: input.ip,
    });
    return { withdrawal: withdrawal!, awaitingSecondApproval: true };
  });
}

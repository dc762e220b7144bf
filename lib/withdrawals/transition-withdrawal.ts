import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  type Withdrawal,
  type WithdrawalHoldReason,
  type WithdrawalStatus,
  withdrawalEvents,
  withdrawals,
} from '@/db/schema';
import { type AuditAction, writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { postEntry } from '@/lib/ledger/post-entry';
import { lockWithdrawal } from './lock-withdrawal';
import { type NotifyConfig, notifyWithdrawalClosed } from './notify-withdrawal-closed';
import {
  CLOSED_STATUSES,
  moneyMove,
  type TransitionRefusal,
  transitionRefusal,
} from './withdrawal-transitions';
import { withdrawalsConfig } from './withdrawals-config';

// One step of a withdrawal's life, in the caller's transaction: lock the row,
// check the step against the state machine (withdrawal-transitions.ts), post
// the money it moves (cancelled, rejected, returned: back to available; paid:
// withdrawing → cash), update the row, append the timeline event and the
// audit entry, and tell the member when it was rejected or came back. Each
// money-moving step posts under a source unique to the withdrawal and the
// step, so no step can move money twice. Ops actions (approve, hold, reject,
// batch, paid, returned) and the member's (confirm, cancel) all come here.

export type TransitionInput = {
  to: WithdrawalStatus;
  /** Who acts: the member, a staff member, or null for the system (a job, the CLI, a provider's answer). */
  actorUserId: string | null;
  /** Shown to the member: an ops hold note, a reject or return reason. Required for those. */
  reason?: string | null;
  /** For `to: 'on_hold'`: only 'ops_review' (member holds are set when the request is made). */
  holdReason?: WithdrawalHoldReason | null;
  /** For `to: 'in_batch'`. */
  batchId?: number | null;
  /** The member opened the e-mailed link: lifts an awaiting_confirmation or security hold. */
  confirmedByMember?: boolean;
  ip?: string | null;
};

export const REASON_MAX_LENGTH = 500;

const REFUSAL_MESSAGES: Record<TransitionRefusal, MessageKey> = {
  notAllowed: 'withdrawals.errors.notAllowed',
  needsConfirmation: 'withdrawals.errors.needsConfirmation',
  holdReasonRequired: 'withdrawals.errors.holdReasonRequired',
  reasonRequired: 'withdrawals.errors.reasonRequired',
  batchRequired: 'withdrawals.errors.batchRequired',
  approverRequired: 'withdrawals.errors.approverRequired',
};

function auditAction(to: WithdrawalStatus, confirmedByMember: boolean): AuditAction {
  switch (to) {
    case 'requested':
      return confirmedByMember ? 'withdrawal.confirmed' : 'withdrawal.released';
    case 'on_hold':
      return 'withdrawal.held';
    case 'in_batch':
      return 'withdrawal.batched';
    default:
      return `withdrawal.${to}`;
  }
}

export async function transitionWithdrawal(
  tx: Tx,
  withdrawalId: string,
  input: TransitionInput,
  config: NotifyConfig = withdrawalsConfig(),
): Promise<Withdrawal> {
  const current = await lockWithdrawal(tx, withdrawalId);
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > REASON_MAX_LENGTH) {
    throw new AppError('unprocessable', 'withdrawals.errors.reasonTooLong' satisfies MessageKey);
  }
  const refusal = transitionRefusal({
    from: current.status,
    to: input.to,
    holdReason: current.holdReason,
    newHoldReason: input.holdReason,
    reason,
    batchId: input.batchId,
    actorUserId: input.actorUserId,
    confirmedByMember: input.confirmedByMember,
  });
  if (refusal) throw new AppError('conflict', REFUSAL_MESSAGES[refusal]);

  const set: Partial<Record<keyof Withdrawal, unknown>> = { status: input.to, updatedAt: sql`now()` };
  if (current.status === 'on_hold') {
    // Leaving a hold: its reason and any unused confirmation link go with it.
    Object.assign(set, {
      holdReason: null,
      holdNote: null,
      confirmationTokenHash: null,
      confirmationExpiresAt: null,
    });
  }
  if (input.confirmedByMember) set.confirmedAt = sql`now()`;
  if (input.to === 'on_hold') Object.assign(set, { holdReason: input.holdReason, holdNote: reason });
  if (input.to === 'approved') Object.assign(set, approvalFields(current, input.actorUserId!));
  if (input.to === 'in_batch') set.batchId = input.batchId;
  if (input.to === 'paid') set.paidAt = sql`now()`;
  if (input.to === 'rejected') set.rejectReason = reason;
  if (input.to === 'returned') set.returnReason = reason;
  if (CLOSED_STATUSES.includes(input.to)) set.closedAt = sql`now()`;

  const move = moneyMove(current.status, input.to, current);
  const entry = move
    ? await postEntry(tx, {
        sourceType: 'withdrawal',
        sourceKey: `${current.id}:${input.to}`,
        kind: move.entryKind,
        userId: current.userId,
        createdBy: input.actorUserId,
        memo: { withdrawalId: current.id, ...(reason ? { reason } : {}) },
        lines: move.lines,
      })
    : null;

  const [updated] = await tx
    .update(withdrawals)
    .set(set as Partial<typeof withdrawals.$inferInsert>)
    .where(eq(withdrawals.id, current.id))
    .returning();
  await tx.insert(withdrawalEvents).values({
    withdrawalId: current.id,
    fromStatus: current.status,
    toStatus: input.to,
    holdReason: input.to === 'on_hold' ? input.holdReason : null,
    reason,
    actorUserId: input.actorUserId,
    entryId: entry?.entryId ?? null,
  });
  await writeAudit(tx, {
    actorUserId: input.actorUserId,
    action: auditAction(input.to, input.confirmedByMember === true),
    targetUserId: current.userId,
    details: {
      withdrawalId: current.id,
      from: current.status,
      to: input.to,
      amountMinor: current.amountMinor,
      currency: current.currency,
      ...(input.batchId ? { batchId: input.batchId } : {}),
    },
    ip: input.ip,
  });
  if (input.to === 'rejected' || input.to === 'returned') {
    await notifyWithdrawalClosed(tx, updated!, input.to, config);
  }
  return updated!;
}

/**
 * The first approval fills approved_by; when a first approval is already
 * recorded (four eyes above a threshold), this one is the second, by another
 * staff member. Nobody approves their own withdrawal.
 */
function approvalFields(current: Withdrawal, actorUserId: string) {
  if (actorUserId === current.userId) {
    throw new AppError('forbidden', 'withdrawals.errors.selfApproval' satisfies MessageKey);
  }
  if (!current.approvedBy) return { approvedBy: actorUserId, approvedAt: sql`now()` };
  if (current.approvedBy === actorUserId) {
    throw new AppError('forbidden', 'withdrawals.errors.secondApprover' satisfies MessageKey);
  }
  return { secondApprovedBy: actorUserId, secondApprovedAt: sql`now()` };
}

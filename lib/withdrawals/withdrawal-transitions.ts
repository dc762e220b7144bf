import type { WithdrawalHoldReason, WithdrawalStatus } from '@/db/schema';
import type { AccountSpec } from '@/lib/ledger/account-spec';
import type { PostingLine } from '@/lib/ledger/post-entry';

// The withdrawal state machine (DESIGN.md §5) and the money each step moves
// (§4), as data: requested → (on_hold) → approved → in_batch → paid |
// returned, or rejected | cancelled; a paid transfer can still come back
// (a bank return days later). lib/withdrawals/transition-withdrawal.ts
// applies it under the withdrawal's row lock.

export const WITHDRAWAL_TRANSITIONS: Readonly<Record<WithdrawalStatus, readonly WithdrawalStatus[]>> = {
  requested: ['on_hold', 'approved', 'rejected', 'cancelled'],
  on_hold: ['requested', 'approved', 'rejected', 'cancelled'],
  approved: ['in_batch', 'rejected'],
  in_batch: ['paid', 'returned'],
  paid: ['returned'],
  returned: [],
  rejected: [],
  cancelled: [],
};

/** Holds only the member can lift, by the link e-mailed to them. */
export const MEMBER_HOLD_REASONS: readonly WithdrawalHoldReason[] = [
  'awaiting_confirmation',
  'security_hold',
];

export const CLOSED_STATUSES: readonly WithdrawalStatus[] = ['paid', 'returned', 'rejected', 'cancelled'];

export type TransitionRefusal =
  | 'notAllowed'
  | 'needsConfirmation'
  | 'holdReasonRequired'
  | 'reasonRequired'
  | 'batchRequired'
  | 'approverRequired';

export type TransitionRequest = {
  from: WithdrawalStatus;
  to: WithdrawalStatus;
  /** The current hold's reason (when `from` is on_hold). */
  holdReason: WithdrawalHoldReason | null;
  /** The new hold's reason (when `to` is on_hold). */
  newHoldReason?: WithdrawalHoldReason | null;
  reason?: string | null;
  batchId?: number | null;
  actorUserId: string | null;
  confirmedByMember?: boolean;
};

/** Why a step may not be taken, or null when it may. */
export function transitionRefusal(request: TransitionRequest): TransitionRefusal | null {
  const { from, to } = request;
  if (!WITHDRAWAL_TRANSITIONS[from].includes(to)) return 'notAllowed';
  const memberHold = from === 'on_hold' && MEMBER_HOLD_REASONS.includes(request.holdReason!);
  // Until the member has confirmed by e-mail, nobody may move it on: a hijacked
  // session must not get money out because ops approved quickly.
  if (memberHold && (to === 'approved' || (to === 'requested' && !request.confirmedByMember))) {
    return 'needsConfirmation';
  }
  if (to === 'requested' && request.confirmedByMember && !memberHold) return 'notAllowed';
  // Member holds are set when the request is made, never later.
  if (to === 'on_hold' && request.newHoldReason !== 'ops_review') return 'holdReasonRequired';
  const needsReason = to === 'on_hold' || to === 'rejected' || to === 'returned';
  if (needsReason && !request.reason?.trim()) return 'reasonRequired';
  if (to === 'in_batch' && !request.batchId) return 'batchRequired';
  if (to === 'approved' && !request.actorUserId) return 'approverRequired';
  return null;
}

export type MoneyMove = { entryKind: string; lines: PostingLine[] };

/**
 * The ledger entry of a step, or null when it moves no money. Amounts are
 * signed from the ledger's side (debit positive): a member's accounts are
 * liabilities, so a debit reduces what we owe them there.
 */
export function moneyMove(
  from: WithdrawalStatus,
  to: WithdrawalStatus,
  withdrawal: { userId: string; amountMinor: number; currency: string },
): MoneyMove | null {
  const { userId, amountMinor, currency } = withdrawal;
  const account = (kind: AccountSpec['kind']): AccountSpec =>
    kind === 'cash' ? { kind, currency } : { kind, currency, userId };
  const move = (entryKind: string, debit: AccountSpec['kind'], credit: AccountSpec['kind']): MoneyMove => ({
    entryKind,
    lines: [
      { account: account(debit), amountMinor },
      { account: account(credit), amountMinor: -amountMinor },
    ],
  });
  if (to === 'cancelled') return move('withdrawal_cancelled', 'member_withdrawing', 'member_available');
  if (to === 'rejected') return move('withdrawal_rejected', 'member_withdrawing', 'member_available');
  if (to === 'paid') return move('withdrawal_paid', 'member_withdrawing', 'cash');
  if (to === 'returned') {
    // Returned before it was paid: still in withdrawing. After: it went out of cash and comes back.
    return from === 'paid'
      ? move('withdrawal_returned', 'cash', 'member_available')
      : move('withdrawal_returned', 'member_withdrawing', 'member_available');
  }
  return null;
}

/** The entry a request posts: available → withdrawing. */
export function requestMove(withdrawal: {
  userId: string;
  amountMinor: number;
  currency: string;
}): MoneyMove {
  const { userId, amountMinor, currency } = withdrawal;
  return {
    entryKind: 'withdrawal_requested',
    lines: [
      { account: { kind: 'member_available', currency, userId }, amountMinor },
      { account: { kind: 'member_withdrawing', currency, userId }, amountMinor: -amountMinor },
    ],
  };
}

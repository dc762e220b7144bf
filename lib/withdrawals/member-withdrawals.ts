import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  type PayoutMethodKind,
  type WithdrawalHoldReason,
  type WithdrawalStatus,
  withdrawalEvents,
  withdrawals,
} from '@/db/schema';
import { memberMayCancel } from './cancel-withdrawal';

// A member's withdrawals as their page shows them, newest first, each with
// its timeline (dates and reasons). Bounded: a member with more sees the
// latest ones; their statement lists every ledger entry.

export const MEMBER_WITHDRAWALS_SHOWN = 50;

export type MemberWithdrawalEvent = {
  status: WithdrawalStatus;
  holdReason: WithdrawalHoldReason | null;
  reason: string | null;
  at: Date;
};

export type MemberWithdrawal = {
  id: string;
  method: PayoutMethodKind;
  destinationLabel: string;
  amountMinor: number;
  currency: string;
  status: WithdrawalStatus;
  holdReason: WithdrawalHoldReason | null;
  holdNote: string | null;
  rejectReason: string | null;
  returnReason: string | null;
  confirmationExpiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  mayCancel: boolean;
  events: MemberWithdrawalEvent[];
};

export async function memberWithdrawals(db: DbOrTx, userId: string): Promise<MemberWithdrawal[]> {
  const rows = await db
    .select()
    .from(withdrawals)
    .where(eq(withdrawals.userId, userId))
    .orderBy(desc(withdrawals.createdAt), desc(withdrawals.id))
    .limit(MEMBER_WITHDRAWALS_SHOWN);
  if (rows.length === 0) return [];
  const events = await db
    .select({
      withdrawalId: withdrawalEvents.withdrawalId,
      status: withdrawalEvents.toStatus,
      holdReason: withdrawalEvents.holdReason,
      reason: withdrawalEvents.reason,
      at: withdrawalEvents.createdAt,
    })
    .from(withdrawalEvents)
    .where(
      and(
        inArray(
          withdrawalEvents.withdrawalId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(withdrawalEvents.id));
  return rows.map((row) => ({
    id: row.id,
    method: row.method,
    destinationLabel: row.destinationLabel,
    amountMinor: row.amountMinor,
    currency: row.currency,
    status: row.status,
    holdReason: row.holdReason,
    holdNote: row.holdNote,
    rejectReason: row.rejectReason,
    returnReason: row.returnReason,
    confirmationExpiresAt: row.confirmationExpiresAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mayCancel: memberMayCancel(row),
    events: events
      .filter((event) => event.withdrawalId === row.id)
      .map(({ withdrawalId: _, ...event }) => event),
  }));
}

import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx, Tx } from '@/db/client';
import type { LedgerAdjustment, UserRole } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { requireRole } from '@/lib/accounts/roles';
import { text } from '@/lib/auth/form-fields';
import { AppError, validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { assertCurrency, parseMoney } from '@/lib/money';
import { ledgerConfig } from './ledger-config';
import { postEntry } from './post-entry';

// Manual adjustments (issue 6): ops credit or debit a member's available
// balance with a reason. A credit is funded by marketing expense, a debit
// returns to it; a debit can never take the balance below zero. From a
// threshold (ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR) the adjustment waits for a
// second staff member, who cannot be the one who asked (checked here and by
// the database). Every step is audited in its own transaction with the change.

export const ADJUSTMENT_MAX_MINOR = 10_000_000;

export const adjustmentForm = z.object({
  userId: text(64),
  direction: z.enum(['credit', 'debit'], { message: 'ledger.adjust.errors.direction' satisfies MessageKey }),
  amount: text(32).pipe(
    z
      .string()
      .trim()
      .min(1, { message: 'ledger.adjust.errors.amount' satisfies MessageKey }),
  ),
  currency: text(3),
  reason: text(500).pipe(
    z
      .string()
      .trim()
      .min(3, { message: 'ledger.adjust.errors.reason' satisfies MessageKey }),
  ),
});

export type AdjustmentInput = { userId: string; amountMinor: number; currency: string; reason: string };

/** The posted form as a signed amount in minor units (never a float); field messages are i18n keys. */
export function parseAdjustmentForm(raw: Record<string, unknown>): AdjustmentInput {
  const parsed = adjustmentForm.safeParse(raw);
  if (!parsed.success)
    throw validationError(parsed.error.issues, 'ledger.adjust.errors.invalid' satisfies MessageKey);
  const { userId, direction, amount, reason } = parsed.data;
  let amountMinor: number;
  let currency: string;
  try {
    currency = assertCurrency((parsed.data.currency || 'EUR').toUpperCase());
    amountMinor = parseMoney(amount, currency).amountMinor;
  } catch {
    throw fieldError('amount', 'ledger.adjust.errors.amount');
  }
  if (amountMinor <= 0 || amountMinor > ADJUSTMENT_MAX_MINOR)
    throw fieldError('amount', 'ledger.adjust.errors.amount');
  return { userId, amountMinor: direction === 'credit' ? amountMinor : -amountMinor, currency, reason };
}

type Actor = { id: string; role: UserRole };

export type AdjustmentOutcome = { adjustment: LedgerAdjustment; posted: boolean };

export async function requestAdjustment(
  db: DbOrTx,
  request: AdjustmentInput & { actor: Actor | null | undefined; ip?: string | null },
  options: { secondApprovalFromMinor?: number } = {},
): Promise<AdjustmentOutcome> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  const threshold = options.secondApprovalFromMinor ?? ledgerConfig().secondApprovalFromMinor;
  if (!Number.isSafeInteger(request.amountMinor) || request.amountMinor === 0) {
    throw fieldError('amount', 'ledger.adjust.errors.amount');
  }
  if (request.userId === actor.id) throw fieldError('amount', 'ledger.adjust.errors.self');
  return db.transaction(async (tx) => {
    const [member] = (
      await tx.execute<{ id: string }>(sql`
        select id from users where id = ${request.userId}::uuid and deleted_at is null for share`)
    ).rows;
    if (!member) throw new AppError('not_found', 'auth.account.notFound' satisfies MessageKey);
    const needsSecond = Math.abs(request.amountMinor) >= threshold;
    const [adjustment] = (
      await tx.execute<Record<string, unknown>>(sql`
        insert into ledger_adjustments (user_id, amount_minor, currency, reason, status, requested_by)
        values (${member.id}, ${request.amountMinor}, ${request.currency}, ${request.reason},
          ${needsSecond ? 'awaiting_approval' : 'posted'}, ${actor.id})
        returning id`)
    ).rows;
    const id = Number(adjustment!.id);
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'ledger.adjustment_requested',
      targetUserId: member.id,
      details: {
        adjustmentId: id,
        amountMinor: request.amountMinor,
        currency: request.currency,
        needsSecond,
      },
      ip: request.ip,
    });
    if (!needsSecond) await post(tx, id, actor.id, request.ip ?? null);
    return { adjustment: await load(tx, id), posted: !needsSecond };
  });
}

/** A second staff member posts an adjustment waiting for approval. */
export async function approveAdjustment(
  db: DbOrTx,
  request: { actor: Actor | null | undefined; adjustmentId: number; ip?: string | null },
): Promise<LedgerAdjustment> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  return db.transaction(async (tx) => {
    const adjustment = await lockAwaiting(tx, request.adjustmentId);
    if (adjustment.requestedBy === actor.id) {
      throw new AppError('forbidden', 'ledger.adjust.errors.secondPerson' satisfies MessageKey);
    }
    await tx.execute(sql`
      update ledger_adjustments set decided_by = ${actor.id}, decided_at = now() where id = ${adjustment.id}`);
    await post(tx, adjustment.id, actor.id, request.ip ?? null);
    return load(tx, adjustment.id);
  });
}

/** Refused by a staff member (or withdrawn by the one who asked): nothing is posted. */
export async function rejectAdjustment(
  db: DbOrTx,
  request: { actor: Actor | null | undefined; adjustmentId: number; ip?: string | null },
): Promise<LedgerAdjustment> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  return db.transaction(async (tx) => {
    const adjustment = await lockAwaiting(tx, request.adjustmentId);
    // The requester withdrawing their own request leaves decided_by empty (the four-eyes check is about approvals).
    const decidedBy = adjustment.requestedBy === actor.id ? null : actor.id;
    await tx.execute(sql`
      update ledger_adjustments set status = 'rejected', decided_by = ${decidedBy}, decided_at = now()
      where id = ${adjustment.id}`);
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'ledger.adjustment_rejected',
      targetUserId: adjustment.userId,
      details: {
        adjustmentId: adjustment.id,
        amountMinor: adjustment.amountMinor,
        currency: adjustment.currency,
      },
      ip: request.ip,
    });
    return load(tx, adjustment.id);
  });
}

async function post(tx: Tx, id: number, actorId: string, ip: string | null) {
  const adjustment = await load(tx, id);
  const member = {
    kind: 'member_available' as const,
    userId: adjustment.userId,
    currency: adjustment.currency,
  };
  const expense = { kind: 'marketing_expense' as const, currency: adjustment.currency };
  const { entryId } = await postEntry(tx, {
    sourceType: 'adjustment',
    sourceKey: String(id),
    kind: 'adjustment',
    userId: adjustment.userId,
    memo: { reason: adjustment.reason, adjustmentId: id },
    createdBy: actorId,
    // A credit: Dr marketing expense / Cr member available; a debit the other way round.
    lines: [
      { account: expense, amountMinor: adjustment.amountMinor },
      { account: member, amountMinor: -adjustment.amountMinor },
    ],
  });
  await tx.execute(
    sql`update ledger_adjustments set status = 'posted', entry_id = ${entryId} where id = ${id}`,
  );
  await writeAudit(tx, {
    actorUserId: actorId,
    action: 'ledger.adjustment_posted',
    targetUserId: adjustment.userId,
    details: {
      adjustmentId: id,
      amountMinor: adjustment.amountMinor,
      currency: adjustment.currency,
      entryId,
    },
    ip,
  });
}

async function lockAwaiting(tx: Tx, id: number): Promise<LedgerAdjustment> {
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('not_found', NOT_FOUND);
  const [row] = (
    await tx.execute<{ id: number }>(sql`select id from ledger_adjustments where id = ${id} for update`)
  ).rows;
  if (!row) throw new AppError('not_found', NOT_FOUND);
  const adjustment = await load(tx, id);
  if (adjustment.status !== 'awaiting_approval') {
    throw new AppError('conflict', 'ledger.adjust.errors.alreadyDecided' satisfies MessageKey);
  }
  return adjustment;
}

const NOT_FOUND: MessageKey = 'ledger.adjust.errors.notFound';

async function load(tx: Tx, id: number): Promise<LedgerAdjustment> {
  const [row] = (
    await tx.execute<{
      id: number;
      user_id: string;
      amount_minor: string;
      currency: string;
      reason: string;
      status: LedgerAdjustment['status'];
      requested_by: string;
      decided_by: string | null;
      decided_at: Date | string | null;
      entry_id: string | null;
      created_at: Date | string;
    }>(sql`select * from ledger_adjustments where id = ${id}`)
  ).rows;
  if (!row) throw new AppError('not_found', NOT_FOUND);
  return {
    id: row.id,
    userId: row.user_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    reason: row.reason,
    status: row.status,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at === null ? null : new Date(row.decided_at),
    entryId: row.entry_id === null ? null : Number(row.entry_id),
    createdAt: new Date(row.created_at),
  };
}

function fieldError(field: string, key: MessageKey): AppError {
  return new AppError('unprocessable', key, { fields: { [field]: [key] } });
}

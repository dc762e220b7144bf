import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { clicks, conversionChanges, conversions, type UserRole, users } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { EMAIL_MAX_LENGTH, normaliseEmail } from '@/lib/accounts/email-address';
import { requireRole } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { postConversionChange } from '@/lib/ledger/post-conversion-change';
import { isClickId } from '@/lib/tracking/click-id';

// Ops assign a conversion that matched no click (orphan, unknown click) to the
// member it belongs to, from the back office (networks.md §5). Optionally with
// one of that member's clicks, which also tells the merchant. Only what was
// not matched can be assigned: a matched conversion belongs to the member of
// its click, and moving it would be taking cashback from them. The conversion
// is locked, so two ops assigning the same one at once cannot both succeed.
// The status history is untouched (nothing about the sale changed); the audit
// log says who assigned what to whom.

export type AssignRequest = {
  conversionId: string;
  memberEmail: string;
  clickId?: string | null;
  actor: { id: string; role: UserRole };
  ip?: string | null;
};

export type AssignResult = {
  conversionId: string;
  userId: string;
  clickId: string | null;
  merchantId: number | null;
  from: 'orphan' | 'unknown_click';
};

const CONVERSION_NOT_FOUND = 'admin.ingestion.errors.conversionNotFound' satisfies MessageKey;
const MEMBER_NOT_FOUND = 'admin.ingestion.errors.memberNotFound' satisfies MessageKey;
const CLICK_NOT_MEMBERS = 'admin.ingestion.errors.clickNotMembers' satisfies MessageKey;

function fieldError(field: 'memberEmail' | 'clickId', message: MessageKey): AppError {
  return new AppError('unprocessable', 'admin.ingestion.errors.assignInvalid' satisfies MessageKey, {
    fields: { [field]: [message] },
  });
}

export async function assignConversion(db: DbOrTx, request: AssignRequest): Promise<AssignResult> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  if (!isUuid(request.conversionId)) throw new AppError('not_found', CONVERSION_NOT_FOUND);
  const email = normaliseEmail(request.memberEmail);
  if (!email || email.length > EMAIL_MAX_LENGTH || !email.includes('@'))
    throw fieldError('memberEmail', 'admin.ingestion.errors.memberEmailInvalid' satisfies MessageKey);
  const clickId = request.clickId?.trim().toLowerCase() || null;
  if (clickId !== null && !isClickId(clickId)) throw fieldError('clickId', CLICK_NOT_MEMBERS);

  return db.transaction(async (tx) => {
    const [conversion] = await tx
      .select({ id: conversions.id, matchStatus: conversions.matchStatus })
      .from(conversions)
      .where(eq(conversions.id, request.conversionId.toLowerCase()))
      .for('update');
    if (!conversion) throw new AppError('not_found', CONVERSION_NOT_FOUND);
    if (conversion.matchStatus === 'matched')
      throw new AppError('conflict', 'admin.ingestion.errors.alreadyMatched' satisfies MessageKey);

    // FOR SHARE: the member cannot be deleted (anonymised) while the conversion is given to them.
    const [member] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, email), isNull(users.deletedAt)))
      .for('share');
    if (!member) throw fieldError('memberEmail', MEMBER_NOT_FOUND);
    // Nobody hands cashback to themselves; another team member does it.
    if (member.id === actor.id)
      throw fieldError('memberEmail', 'admin.ingestion.errors.selfAssign' satisfies MessageKey);

    let click: { id: string; merchantId: number } | null = null;
    if (clickId !== null) {
      const [row] = await tx
        .select({ id: clicks.id, userId: clicks.userId, merchantId: clicks.merchantId })
        .from(clicks)
        .where(eq(clicks.id, clickId));
      // Someone else's click reads like an unknown one: no hint whose it is.
      if (!row || row.userId !== member.id) throw fieldError('clickId', CLICK_NOT_MEMBERS);
      click = { id: row.id, merchantId: row.merchantId };
    }

    const [assigned] = await tx
      .update(conversions)
      .set({
        userId: member.id,
        matchStatus: 'matched',
        assignedBy: actor.id,
        ...(click ? { clickId: click.id, merchantId: click.merchantId } : {}),
        revision: sql`${conversions.revision} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(conversions.id, conversion.id))
      .returning();
    // The ledger learns of the new owner like of any other change: the platform's share moves to the member.
    const [change] = await tx
      .insert(conversionChanges)
      .values({
        conversionId: assigned!.id,
        revision: assigned!.revision,
        status: assigned!.status,
        saleMinor: assigned!.saleMinor,
        commissionMinor: assigned!.commissionMinor,
        currency: assigned!.currency,
      })
      .returning({ id: conversionChanges.id });
    await postConversionChange(tx, change!.id);
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'conversion.assigned',
      targetUserId: member.id,
      details: {
        conversionId: conversion.id,
        fromMatchStatus: conversion.matchStatus,
        clickId: click?.id ?? null,
      },
      ip: request.ip,
    });
    return {
      conversionId: conversion.id,
      userId: member.id,
      clickId: click?.id ?? null,
      merchantId: click?.merchantId ?? null,
      from: conversion.matchStatus,
    };
  });
}

import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conversions, type UserRole } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { writeAudit } from '@/lib/accounts/audit';
import { requireRole } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';

// "Mark reviewed" on a flagged conversion: ops looked at what intake refused
// and cleared the flag. Nothing else about the conversion changes (the refused
// event stays refused, in its history). Locked, so a double submit audits once.

export type ReviewRequest = {
  conversionId: string;
  actor: { id: string; role: UserRole };
  ip?: string | null;
};

export async function markConversionReviewed(
  db: DbOrTx,
  request: ReviewRequest,
): Promise<{ changed: boolean }> {
  const actor = requireRole(request.actor, 'ops', 'admin');
  const notFound = new AppError(
    'not_found',
    'admin.ingestion.errors.conversionNotFound' satisfies MessageKey,
  );
  if (!isUuid(request.conversionId)) throw notFound;
  return db.transaction(async (tx) => {
    const [conversion] = await tx
      .select({ id: conversions.id, flagged: conversions.flagged, userId: conversions.userId })
      .from(conversions)
      .where(eq(conversions.id, request.conversionId.toLowerCase()))
      .for('update');
    if (!conversion) throw notFound;
    if (!conversion.flagged) return { changed: false };
    await tx
      .update(conversions)
      .set({ flagged: false, updatedAt: sql`now()` })
      .where(eq(conversions.id, conversion.id));
    await writeAudit(tx, {
      actorUserId: actor.id,
      action: 'conversion.reviewed',
      targetUserId: conversion.userId,
      details: { conversionId: conversion.id },
      ip: request.ip,
    });
    return { changed: true };
  });
}

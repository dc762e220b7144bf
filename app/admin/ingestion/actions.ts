'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { markConversionReviewed } from '@/lib/admin/ingestion-review';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { assignConversion } from '@/lib/conversions/assign-conversion';
import { replayInboxEvent } from '@/lib/conversions/replay-inbox';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';

// The intake screens' three changes. Each checks the role against the session
// (the domain checks it again), takes the IP, calls one domain function.

const staff = async () => requireRole(await currentUser(), 'ops', 'admin');

const replayForm = z.object({ inboxEventId: text(20).transform(Number).pipe(z.number().int().positive()) });

/** Replay: a parse error or a row left `received`, read again with today's adapter. */
export async function replayInboxAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = await staff();
    const parsed = replayForm.safeParse(formObject(formData, ['inboxEventId']));
    if (!parsed.success) return { error: t('admin.ingestion.errors.inboxNotFound') };
    const result = await replayInboxEvent(await getDb(), {
      inboxEventId: parsed.data.inboxEventId,
      actor,
      ip: clientIp(await headers()),
    });
    revalidatePath('/admin/ingestion', 'layout');
    return {
      notice:
        result.status === 'processed'
          ? t('admin.ingestion.replay.processed', { count: result.outcomes.length })
          : t('admin.ingestion.replay.stillUnreadable', { error: result.error ?? '' }),
    };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
}

/** Mark reviewed: clears a conversion's flag. */
export async function reviewConversionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = await staff();
    const conversionId = String(formObject(formData, ['conversionId']).conversionId ?? '').slice(0, 64);
    const { changed } = await markConversionReviewed(await getDb(), {
      conversionId,
      actor,
      ip: clientIp(await headers()),
    });
    revalidatePath('/admin/ingestion/rejected');
    return { notice: t(changed ? 'admin.ingestion.review.done' : 'admin.ingestion.review.unchanged') };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
}

const assignForm = z.object({ conversionId: text(64), memberEmail: text(320), clickId: text(64) });

/** Assign: an unmatched conversion goes to a member; the list then says to whom. */
export async function assignConversionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const parsed = assignForm.safeParse(formObject(formData, ['conversionId', 'memberEmail', 'clickId']));
  if (!parsed.success) return { error: t('admin.ingestion.errors.assignInvalid') };
  const raw = parsed.data;
  let conversionId: string;
  try {
    const actor = await staff();
    const result = await assignConversion(await getDb(), {
      conversionId: raw.conversionId,
      memberEmail: raw.memberEmail,
      clickId: raw.clickId || null,
      actor,
      ip: clientIp(await headers()),
    });
    conversionId = result.conversionId;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error, { memberEmail: raw.memberEmail, clickId: raw.clickId });
  }
  revalidatePath('/admin/ingestion', 'layout');
  // The row leaves the list: the confirmation is read back from the database on the next page.
  redirect(`/admin/ingestion/unmatched?assigned=${conversionId}`);
}

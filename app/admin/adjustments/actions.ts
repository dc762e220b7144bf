'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { approveAdjustment, rejectAdjustment } from '@/lib/ledger/adjustments';

// The second pair of eyes on large adjustments: the role is checked here
// against the session, the "not the requester" rule in the domain and the database.

async function decide(formData: FormData, decision: 'approve' | 'reject'): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const adjustmentId = Number(
      String(formObject(formData, ['adjustmentId']).adjustmentId ?? '').slice(0, 12),
    );
    const request = { actor, adjustmentId, ip: clientIp(await headers()) };
    const db = await getDb();
    if (decision === 'approve') await approveAdjustment(db, request);
    else await rejectAdjustment(db, request);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  // The decided row leaves the queue, so the outcome is told at the top of the page.
  revalidatePath('/admin/adjustments');
  redirect(`/admin/adjustments?done=${decision === 'approve' ? 'approved' : 'rejected'}`);
}

export async function approveAdjustmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, 'approve');
}

export async function rejectAdjustmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, 'reject');
}

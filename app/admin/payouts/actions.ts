'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { payoutMethodKind } from '@/db/schema';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { batchWithdrawals } from '@/lib/withdrawals/batch-withdrawals';

// Creates a batch from the ticked approved withdrawals of one method; the
// domain checks the selection and its key (one selection, one batch).

const input = z.object({
  method: z.enum(payoutMethodKind.enumValues),
  withdrawalIds: z.array(z.string().max(64)).max(1_000),
});

export async function createBatchAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  let batchId: number;
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const parsed = input.safeParse({
      method: formData.get('method'),
      withdrawalIds: formData.getAll('withdrawalId').map(String),
    });
    if (!parsed.success) return { error: t('payoutsAdmin.batches.errors.noSelection') };
    const batch = await batchWithdrawals(await getDb(), {
      ...parsed.data,
      actorUserId: actor.id,
      ip: clientIp(await headers()),
    });
    batchId = batch.id;
    revalidatePath('/admin/payouts');
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  redirect(`/admin/payouts/${batchId}`);
}

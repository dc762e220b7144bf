'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/accounts/roles';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { formObject } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { AppError, isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { payoutsConfig } from '@/lib/payouts/payouts-config';
import { createPaypalClient } from '@/lib/payouts/paypal/paypal-client';
import { markBatchPaid, settleBatchItem } from '@/lib/withdrawals/settle-batch-item';
import { settleInternalBatch } from '@/lib/withdrawals/settle-internal-batch';
import { submitPaypalBatch, syncPaypalBatch } from '@/lib/withdrawals/submit-paypal-batch';
import { withdrawalsConfig } from '@/lib/withdrawals/withdrawals-config';

// A batch's settlement steps from its page; each is one domain call.

const input = z.object({
  batchId: z.coerce.number().int().positive().max(2_147_483_647),
  withdrawalId: z.string().max(64).optional(),
  reason: z.string().max(1_000).optional(),
});

type Step = 'itemPaid' | 'itemReturned' | 'allPaid' | 'internal' | 'paypal';

async function run(formData: FormData, step: Step): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const parsed = input.safeParse(formObject(formData, ['batchId', 'withdrawalId', 'reason']));
    if (!parsed.success) throw new AppError('unprocessable', 'payoutsAdmin.batches.errors.notFound');
    const { batchId, withdrawalId = '', reason = '' } = parsed.data;
    const db = await getDb();
    const config = withdrawalsConfig();
    const who = { actorUserId: actor.id, ip: clientIp(await headers()) };
    let notice: string;
    if (step === 'itemPaid' || step === 'itemReturned') {
      await settleBatchItem(
        db,
        step === 'itemPaid'
          ? { outcome: 'paid', withdrawalId, batchId, ...who }
          : { outcome: 'returned', reason, withdrawalId, batchId, ...who },
        config,
      );
      notice = t(step === 'itemPaid' ? 'payoutsAdmin.batch.itemPaid' : 'payoutsAdmin.batch.itemReturned');
    } else if (step === 'allPaid') {
      const count = await markBatchPaid(db, { batchId, ...who }, config);
      notice = t('payoutsAdmin.batch.markedAllPaid', { count });
    } else if (step === 'internal') {
      const count = await settleInternalBatch(db, { batchId, ...who }, config);
      notice = t('payoutsAdmin.batch.settledInternal', { count });
    } else {
      const paypal = payoutsConfig().paypal;
      if (!paypal) throw new AppError('unavailable', 'payoutsAdmin.batches.errors.noPaypal');
      const client = createPaypalClient(paypal);
      await submitPaypalBatch(db, { batchId, ...who }, client, config.detailsKey);
      const { batchStatus } = await syncPaypalBatch(db, batchId, client, config);
      notice = t('payoutsAdmin.batch.submitted', { status: batchStatus });
    }
    revalidatePath(`/admin/payouts/${batchId}`);
    return { notice };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
}

export async function markItemPaidAction(_state: FormState, formData: FormData) {
  return run(formData, 'itemPaid');
}
export async function markItemReturnedAction(_state: FormState, formData: FormData) {
  return run(formData, 'itemReturned');
}
export async function markBatchPaidAction(_state: FormState, formData: FormData) {
  return run(formData, 'allPaid');
}
export async function settleInternalAction(_state: FormState, formData: FormData) {
  return run(formData, 'internal');
}
export async function submitPaypalAction(_state: FormState, formData: FormData) {
  return run(formData, 'paypal');
}

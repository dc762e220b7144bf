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
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { reviewConfig } from '@/lib/withdrawals/review-config';
import { type ReviewDecision, reviewWithdrawal } from '@/lib/withdrawals/review-withdrawal';

// Ops' decisions from the queue: the role against the session here, the
// rules (four eyes, the state machine, reasons) in the domain and the database.

const input = z.object({ withdrawalId: z.string().max(64), reason: z.string().max(1_000).optional() });

async function decide(formData: FormData, decision: ReviewDecision['decision']): Promise<FormState> {
  const { t } = await getTranslator();
  try {
    const actor = requireRole(await currentUser(), 'ops', 'admin');
    const { withdrawalId, reason = '' } = input.parse(formObject(formData, ['withdrawalId', 'reason']));
    const request =
      decision === 'approve' ? { decision } : ({ decision, reason } as ReviewDecision & { reason: string });
    const outcome = await reviewWithdrawal(
      await getDb(),
      { ...request, withdrawalId, actorUserId: actor.id, ip: clientIp(await headers()) },
      reviewConfig(),
    );
    revalidatePath('/admin/withdrawals');
    if (decision === 'approve') {
      return {
        notice: t(
          outcome.awaitingSecondApproval ? 'payoutsAdmin.queue.firstApproved' : 'payoutsAdmin.queue.approved',
        ),
      };
    }
    return { notice: t(decision === 'hold' ? 'payoutsAdmin.queue.held' : 'payoutsAdmin.queue.rejected') };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error, { reason: String(formData.get('reason') ?? '') });
  }
}

export async function approveWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, 'approve');
}

export async function holdWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, 'hold');
}

export async function rejectWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  return decide(formData, 'reject');
}

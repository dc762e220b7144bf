'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { clientIp } from '@/lib/auth/client-ip';
import { requireUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';
import { confirmWithdrawal } from '@/lib/withdrawals/confirm-withdrawal';

const confirmForm = z.object({ token: text(200) });

/** The withdrawal joins the ops queue once its member pressed the button in the e-mailed link. */
export async function confirmWithdrawalAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/withdrawals');
  const { t } = await getTranslator();
  const input = confirmForm.parse(formObject(formData, Object.keys(confirmForm.shape)));
  try {
    await confirmWithdrawal(await getDb(), { userId: user.id, ...input, ip: clientIp(await headers()) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  redirect('/account/withdrawals?done=confirmed');
}

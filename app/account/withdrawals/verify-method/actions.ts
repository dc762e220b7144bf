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
import { verifyPayoutMethod } from '@/lib/withdrawals/verify-payout-method';

const verifyForm = z.object({ token: text(200) });

/** The link's owner pressed the button (a mail scanner fetching the link does nothing). */
export async function verifyPayoutMethodAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/withdrawals');
  const { t } = await getTranslator();
  const input = verifyForm.parse(formObject(formData, Object.keys(verifyForm.shape)));
  try {
    await verifyPayoutMethod(await getDb(), { userId: user.id, ...input, ip: clientIp(await headers()) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  redirect('/account/withdrawals?done=verified');
}

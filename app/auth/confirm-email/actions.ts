'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { confirmEmailChange } from '@/lib/accounts/change-email';
import { clientIp } from '@/lib/auth/client-ip';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';

const confirmForm = z.object({ token: text(200) });

/** Moves the account to the new address (the link's owner pressed the button, not a mail scanner). */
export async function confirmEmailChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const input = confirmForm.parse(formObject(formData, Object.keys(confirmForm.shape)));
  try {
    await confirmEmailChange(await getDb(), { ...input, ip: clientIp(await headers()) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  redirect('/auth/confirm-email?done=1');
}

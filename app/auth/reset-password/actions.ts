'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { resetPassword } from '@/lib/accounts/password-reset';
import { clientIp } from '@/lib/auth/client-ip';
import { formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';

const resetForm = z.object({ token: text(200), password: text(), passwordConfirmation: text() });

/** A new password with the e-mailed link; a refused password leaves the link usable. */
export async function resetPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const input = resetForm.parse(formObject(formData, Object.keys(resetForm.shape)));
  try {
    await resetPassword(await getDb(), { ...input, ip: clientIp(await headers()) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return errorState(t, error);
  }
  redirect('/auth/sign-in?reset=1');
}

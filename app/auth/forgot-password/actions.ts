'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import type { FormState } from '@/lib/auth/form-state';

/** Always the same answer, so the form does not tell who has an account. */
export async function forgotPasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = formData.get('email');
  await requestPasswordReset(await getDb(), {
    email: typeof email === 'string' ? email.slice(0, 1_000) : '',
  });
  redirect('/auth/check-email');
}

'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { signUp } from '@/lib/accounts/sign-up';
import { clientIp } from '@/lib/auth/client-ip';
import { checkbox, formObject, text } from '@/lib/auth/form-fields';
import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import { getTranslator } from '@/lib/i18n/server';

const signUpForm = z.object({
  email: text(),
  password: text(),
  passwordConfirmation: text(),
  name: text(),
  locale: text(10),
  acceptTerms: checkbox,
  acceptPrivacy: checkbox,
  referralCode: text(),
});

/** Sign-up: the same "check your e-mail" page whether or not the address already had an account. */
export async function signUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const input = signUpForm.parse(formObject(formData, Object.keys(signUpForm.shape)));
  try {
    await signUp(await getDb(), { ...input, ip: clientIp(await headers()) });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'unprocessable') throw error;
    const { password: _p, passwordConfirmation: _c, ...rest } = input;
    return errorState(t, error, {
      ...rest,
      acceptTerms: rest.acceptTerms ? 'on' : '',
      acceptPrivacy: rest.acceptPrivacy ? 'on' : '',
    });
  }
  redirect('/auth/check-email');
}

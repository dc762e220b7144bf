'use server';

import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/auth';
import type { FormState } from '@/lib/auth/form-state';
import { safeReturnPath } from '@/lib/i18n/safe-return-path';
import { getTranslator } from '@/lib/i18n/server';

/** Password sign-in: one generic error for any wrong e-mail or password; the lock-out delay in minutes. */
export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const email = String(formData.get('email') ?? '').slice(0, 1_000);
  const next = safeReturnPath(formData.get('next'));
  try {
    await signIn('credentials', {
      email,
      password: String(formData.get('password') ?? '').slice(0, 1_000),
      rememberMe: formData.get('rememberMe') === 'on' ? 'true' : 'false',
      redirect: false,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : '';
    const minutes = /^rate_limited:(\d+)$/.exec(code)?.[1];
    const message = minutes
      ? t('auth.signIn.rateLimited', { minutes: Number(minutes) })
      : error instanceof CredentialsSignin
        ? t('auth.signIn.invalid')
        : t('authUi.signIn.failed');
    return { error: message, values: { email, rememberMe: formData.get('rememberMe') === 'on' ? 'on' : '' } };
  }
  redirect(next === '/' ? '/account' : next);
}

'use server';

import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { signIn } from '@/auth';
import { getDb } from '@/db/client';
import { requestMagicLink } from '@/lib/accounts/magic-link';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import type { MessageKey } from '@/lib/i18n/translate';

const TOKEN_REASONS = new Set(['auth.token.invalid', 'auth.token.used', 'auth.token.expired']);

/** Always the same answer, so the form does not tell who has an account. */
export async function requestMagicLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const email = formData.get('email');
  await requestMagicLink(await getDb(), { email: typeof email === 'string' ? email.slice(0, 1_000) : '' });
  redirect('/auth/check-email');
}

/** A button press, not the GET of the link, signs in: mail scanners that open links do not use it up. */
export async function consumeMagicLinkAction(_state: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getTranslator();
  const token = formData.get('token');
  try {
    await signIn('magic-link', {
      token: typeof token === 'string' ? token.slice(0, 200) : '',
      redirect: false,
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : '';
    return { error: t(TOKEN_REASONS.has(code) ? (code as MessageKey) : 'authUi.signIn.failed') };
  }
  redirect('/account');
}

'use server';

import { getDb } from '@/db/client';
import { resendVerification } from '@/lib/accounts/verify-email';
import { requireUser } from '@/lib/auth/current-user';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';

/** Sends the signed-in member a fresh verification link (at most a few an hour). */
export async function resendVerificationAction(_state: FormState, _formData: FormData): Promise<FormState> {
  const user = await requireUser('/auth/verify-email');
  const { t } = await getTranslator();
  const sent = await resendVerification(await getDb(), { userId: user.id });
  return { notice: sent ? t('authUi.verify.resent') : t('authUi.verify.resendRefused') };
}

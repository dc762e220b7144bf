'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requestEmailChange } from '@/lib/accounts/change-email';
import { changePassword } from '@/lib/accounts/change-password';
import { normaliseEmail } from '@/lib/accounts/email-address';
import { clientIp } from '@/lib/auth/client-ip';
import { currentSessionId } from '@/lib/auth/current-session-id';
import { requireUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import { accountErrorState, renameFields } from '../form-error';

const PATH = '/account/security';

const passwordForm = z.object({
  currentPassword: text(),
  newPassword: text(),
  newPasswordConfirmation: text(),
});

/** New password; this browser stays signed in, every other one is signed out. */
export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(PATH);
  const { t } = await getTranslator();
  const input = passwordForm.parse(formObject(formData, Object.keys(passwordForm.shape)));
  try {
    const { sessionsRevoked } = await changePassword(await getDb(), {
      userId: user.id,
      ...input,
      sessionId: (await currentSessionId()) ?? undefined,
      ip: clientIp(await headers()),
    });
    refresh(); // the device list just got shorter
    return { notice: t('accountSpace.security.password.done', { count: sessionsRevoked }) };
  } catch (error) {
    return accountErrorState(t, error);
  }
}

// `emailPassword`, not `currentPassword`: the password form above uses that name.
const emailForm = z.object({ newEmail: text(), emailPassword: text() });

/** Sends the confirmation link to the new address; nothing changes until it is opened. */
export async function requestEmailChangeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(PATH);
  const { t } = await getTranslator();
  const { newEmail, emailPassword } = emailForm.parse(formObject(formData, Object.keys(emailForm.shape)));
  try {
    await requestEmailChange(await getDb(), {
      userId: user.id,
      newEmail,
      currentPassword: emailPassword,
      ip: clientIp(await headers()),
    });
  } catch (error) {
    return renameFields(accountErrorState(t, error, { newEmail }), { currentPassword: 'emailPassword' });
  }
  refresh(); // shows the pending change
  return { notice: t('accountSpace.security.email.sent', { email: normaliseEmail(newEmail) }) };
}

'use server';

import { headers } from 'next/headers';
import { z } from 'zod';
import { signOut } from '@/auth';
import { getDb } from '@/db/client';
import { confirmDeletion } from '@/lib/accounts/confirm-deletion';
import { deleteAccount } from '@/lib/accounts/delete-account';
import { clientIp } from '@/lib/auth/client-ip';
import { requireUser } from '@/lib/auth/current-user';
import { checkbox, formObject, text } from '@/lib/auth/form-fields';
import type { FormState } from '@/lib/auth/form-state';
import { getTranslator } from '@/lib/i18n/server';
import { accountErrorState } from '../form-error';

const deleteForm = z.object({ currentPassword: text(), confirmation: text(100), acknowledge: checkbox });

/** Deletes the account once the intent is confirmed, then signs this browser out to the goodbye page. */
export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account/privacy');
  const { t } = await getTranslator();
  const input = deleteForm.parse(formObject(formData, Object.keys(deleteForm.shape)));
  const [db, ip] = await Promise.all([getDb(), headers().then(clientIp)]);
  try {
    await confirmDeletion(db, { userId: user.id, ...input, ip });
    await deleteAccount(db, { userId: user.id, ip });
  } catch (error) {
    return accountErrorState(t, error, { acknowledge: input.acknowledge ? 'on' : '' });
  }
  // Its DB session is already gone; this clears the cookie (and redirects, by throwing).
  await signOut({ redirectTo: '/auth/account-deleted' });
  return {};
}

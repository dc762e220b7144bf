'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { updateProfile } from '@/lib/accounts/update-profile';
import { requireUser } from '@/lib/auth/current-user';
import { formObject, text } from '@/lib/auth/form-fields';
import type { FormState } from '@/lib/auth/form-state';
import { setLocaleCookie } from '@/lib/i18n/locale-cookie';
import { messagesByLocale } from '@/lib/i18n/messages';
import { getTranslator } from '@/lib/i18n/server';
import { createTranslator } from '@/lib/i18n/translate';
import { accountErrorState } from './form-error';

const profileForm = z.object({ name: text(), locale: text(10) });

/** Name and preferred language; the site switches to that language at once. */
export async function updateProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser('/account');
  const { t, locale } = await getTranslator();
  const input = profileForm.parse(formObject(formData, Object.keys(profileForm.shape)));
  let saved: Awaited<ReturnType<typeof updateProfile>>;
  try {
    saved = await updateProfile(await getDb(), { userId: user.id, ...input });
  } catch (error) {
    return accountErrorState(t, error, input);
  }
  if (saved.locale !== locale) await setLocaleCookie(saved.locale);
  // The header shows the name, and the whole page may change language.
  refresh();
  const tSaved = createTranslator(saved.locale, messagesByLocale[saved.locale]);
  return {
    notice: tSaved('accountSpace.overview.saved'),
    values: { name: saved.name, locale: saved.locale },
  };
}

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { locales } from './config';
import { setLocaleCookie } from './locale-cookie';
import { safeReturnPath } from './safe-return-path';

const setLocaleInput = z.object({
  locale: z.enum(locales),
  // Anything unsafe becomes `/` rather than an error: the user still lands somewhere sensible.
  returnTo: z.unknown().transform(safeReturnPath),
});

/** The language switch: stores the chosen locale in a cookie, then goes back to `returnTo`. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleInput.safeParse({
    locale: formData.get('locale'),
    returnTo: formData.get('returnTo'),
  });
  if (!parsed.success) redirect(safeReturnPath(formData.get('returnTo')));

  const { locale, returnTo } = parsed.data;
  await setLocaleCookie(locale);
  redirect(returnTo);
}

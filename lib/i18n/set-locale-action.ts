'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, locales } from './config';
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
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
    sameSite: 'lax',
    // Not a secret, but nothing in the browser needs to read it either.
    httpOnly: true,
    // Secure when served over HTTPS; left off on plain-http localhost demos so the switch still works.
    secure: process.env.NODE_ENV === 'production' && process.env.APP_URL?.startsWith('https://') === true,
  });
  redirect(returnTo);
}

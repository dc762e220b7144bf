import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, type Locale } from './config';

// The site's language cookie, set in one place: by the language switch and by
// saving a preferred language on /account (which switches the site too).

export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
    sameSite: 'lax',
    // Not a secret, but nothing in the browser needs to read it either.
    httpOnly: true,
    // Secure when served over HTTPS; left off on plain-http localhost demos so the switch still works.
    secure: process.env.NODE_ENV === 'production' && process.env.APP_URL?.startsWith('https://') === true,
  });
}

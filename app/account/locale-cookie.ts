import 'server-only';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, type Locale } from '@/lib/i18n/config';

// The site's language cookie, set as lib/i18n/set-locale-action.ts sets it
// (same name, lifetime and flags), so that saving a preferred language on
// /account switches the site too. (Better home: one shared helper in lib/i18n.)

export async function setLocaleCookie(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE_S,
    sameSite: 'lax',
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production' && process.env.APP_URL?.startsWith('https://') === true,
  });
}

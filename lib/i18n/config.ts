// Locales live in a cookie, not in the URL: paths stay the same in every language.

export const locales = ['fr', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'fr';

export const LOCALE_COOKIE = 'locale';

/** One year, in seconds (the cookie's Max-Age). */
export const LOCALE_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

/** BCP 47 tags for Intl formatters (dates, numbers, currencies). */
export const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

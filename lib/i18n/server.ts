import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from './config';
import { messagesByLocale } from './messages';
import { createTranslator, type Translator } from './translate';

/** The request's locale: the `locale` cookie when valid, French otherwise. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
});

/** The request's locale and a `t` for it; cached per request. */
export const getTranslator = cache(async (): Promise<{ locale: Locale; t: Translator }> => {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale, messagesByLocale[locale]) };
});

import { Suspense } from 'react';
import { classNames } from '@/components/ui/class-names';
import { locales } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { setLocaleAction } from '@/lib/i18n/set-locale-action';
import { ReturnToInput } from './return-to-input';

/**
 * FR / EN buttons in a plain form posting to a server action, so switching
 * works without JavaScript and with the keyboard. The action stores the cookie
 * and redirects back to the current page.
 */
export async function LanguageSwitch({ className }: { className?: string }) {
  const { locale, t } = await getTranslator();
  return (
    <form action={setLocaleAction} className={className}>
      <Suspense fallback={<input type="hidden" name="returnTo" value="/" />}>
        <ReturnToInput />
      </Suspense>
      <fieldset className="inline-flex rounded-full bg-slate-100 p-1">
        <legend className="sr-only">{t('language.label')}</legend>
        {locales.map((option) => {
          const current = option === locale;
          const name = t(`language.${option}`);
          return (
            <button
              key={option}
              type="submit"
              name="locale"
              value={option}
              lang={option}
              aria-pressed={current}
              title={current ? t('language.current', { language: name }) : name}
              className={classNames(
                'min-w-10 rounded-full px-2.5 py-1.5 text-xs font-bold tracking-wide transition-colors',
                current
                  ? 'bg-white text-brand-800 shadow-sm'
                  : 'text-slate-600 hover:bg-white/70 hover:text-slate-900',
              )}
            >
              {option.toUpperCase()}
              <span className="sr-only"> – {name}</span>
            </button>
          );
        })}
      </fieldset>
    </form>
  );
}

import { classNames } from '@/components/ui/class-names';
import type { Headline } from '@/lib/catalog/headline';
import type { Locale } from '@/lib/i18n/config';
import { formatRateValue } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';

type Props = {
  headline: Headline | null;
  locale: Locale;
  t: Translator;
  size?: 'md' | 'lg';
  className?: string;
};

/** "jusqu'à 12 %" with the usual "8 %" struck through while a boost lifts it. */
export function HeadlineText({ headline, locale, t, size = 'md', className }: Props) {
  if (!headline) {
    return (
      <span className={classNames('text-sm text-slate-500', className)}>{t('catalog.store.noRates')}</span>
    );
  }
  const value = formatRateValue(headline.value, locale);
  const text = headline.upTo ? t('catalog.rate.upTo', { value }) : value;
  return (
    <span className={classNames('inline-flex flex-wrap items-baseline gap-x-2', className)}>
      <span
        className={classNames(
          'font-display font-bold',
          size === 'lg' ? 'text-3xl' : 'text-lg',
          headline.usual ? 'text-accent-700' : 'text-brand-700',
        )}
      >
        {text}
      </span>
      {headline.usual ? (
        <span className="text-sm text-slate-500">
          <span className="sr-only">{t('catalog.rate.insteadLabel')} </span>
          <s>{formatRateValue(headline.usual, locale)}</s>
        </span>
      ) : null}
    </span>
  );
}

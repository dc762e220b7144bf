import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';

type Amounts = { saleMinor: number | null; commissionMinor: number; currency: string };

/** "Sale: 84,50 € · Commission: 8,45 €", the conversion's current sums (the sale may be unknown). */
export function ConversionAmounts({
  amounts,
  locale,
  t,
}: {
  amounts: Amounts;
  locale: Locale;
  t: Translator;
}) {
  const money = (amountMinor: number) =>
    formatMoney({ amountMinor, currency: amounts.currency }, intlLocale[locale]);
  return (
    <span className="flex flex-wrap gap-x-3 gap-y-1 tabular-nums">
      {amounts.saleMinor !== null ? (
        <span>{t('admin.ingestion.unmatched.sale', { amount: money(amounts.saleMinor) })}</span>
      ) : null}
      <span>{t('admin.ingestion.unmatched.commission', { amount: money(amounts.commissionMinor) })}</span>
    </span>
  );
}

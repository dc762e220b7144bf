import { formatPredictedValidation } from '@/lib/cashback/predicted-validation-text';
import type { MemberPurchase } from '@/lib/cashback/purchase-row';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';

/**
 * "Accord du marchand : attendu entre le 12 et le 28 févr.", and what the
 * dates rest on (the merchant's observed delays, or its announced one).
 */
export function CashbackPredicted({
  purchase,
  store,
  locale,
  t,
}: {
  purchase: MemberPurchase;
  store: string;
  locale: Locale;
  t: Translator;
}) {
  const predicted = purchase.predicted;
  if (!predicted) return null;
  const basis =
    predicted.source === 'history'
      ? t('accountSpace.cashback.predictedFrom.history', { count: predicted.observations, store })
      : t('accountSpace.cashback.predictedFrom.stated', { count: predicted.medianDays, store });
  return (
    <p className="text-sm text-slate-700" data-testid="cashback-predicted">
      <span className="font-semibold text-slate-900">{t('accountSpace.cashback.predictedTitle')}</span>
      {locale === 'fr' ? '\u00a0: ' : ': '}
      <time dateTime={predicted.latest.toISOString()}>{formatPredictedValidation(predicted, locale)}</time>
      <span className="text-slate-600"> ({basis})</span>
    </p>
  );
}

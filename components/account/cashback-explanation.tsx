import type { MemberPurchase } from '@/lib/cashback/purchase-row';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { explainSplit, explainSteps } from '@/lib/split/explain-split';

// "Why is my cashback 4,22 €?" (DESIGN.md §2): the split's own explanation,
// step by step, and what the merchant pays us against what the member gets.
// A purchase the ledger could not price says why instead.

type Props = { purchase: MemberPurchase; locale: Locale; t: Translator };

/** "Le marchand nous verse 8,45 €, vous recevez 6,76 €." */
export function MerchantPays({ purchase, locale, t }: Props) {
  if (!purchase.cashback || purchase.status === 'cancelled') return null;
  const tag = intlLocale[locale];
  return (
    <p className="text-sm text-slate-700" data-testid="cashback-merchant-pays">
      {t('accountSpace.cashback.merchantPays', {
        commission: formatMoney(purchase.commission, tag),
        cashback: formatMoney(purchase.cashback, tag),
      })}
    </p>
  );
}

/** One line: "8 % de 84,50 € = 6,76 €", or the reason there is no calculation. */
export function ExplanationLine({ purchase, locale, t }: Props) {
  const split = purchase.split;
  return (
    <p className="text-sm text-slate-700" data-testid="cashback-explanation">
      {split.kind === 'result' ? explainSplit(split.result, locale) : reasonText(purchase, t)}
    </p>
  );
}

/** The steps as a list, for the purchase's page. */
export function ExplanationSteps({ purchase, locale, t }: Props) {
  const split = purchase.split;
  if (split.kind !== 'result' || split.result.explanation.length === 0) {
    return (
      <p className="text-slate-700" data-testid="cashback-explanation">
        {reasonText(purchase, t)}
      </p>
    );
  }
  return (
    <ol
      className="flex list-decimal flex-col gap-1 pl-5 text-slate-800 marker:text-slate-500"
      data-testid="cashback-explanation"
    >
      {explainSteps(split.result, locale).map((step, index) => (
        // Steps are positional (the same phrase may come twice): the index is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}

function reasonText(purchase: MemberPurchase, t: Translator): string {
  const split = purchase.split;
  return split.kind === 'reason'
    ? t(`accountSpace.cashback.reasons.${split.reason}`)
    : t('accountSpace.cashback.reasons.unknown');
}

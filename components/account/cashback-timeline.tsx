import Link from 'next/link';
import type { ReactNode } from 'react';
import type { MemberPurchaseDetail, TimelineEvent } from '@/lib/cashback/member-purchase';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { formatMoney } from '@/lib/money';
import { CapturedRates } from './captured-rates';
import { formatClickTime } from './captured-terms';

// The path of one purchase, oldest first: the click and the terms it locked
// in, then each change the ledger recorded, with the member's cashback after
// it (an amendment shows the amount before and after).

type Props = { purchase: MemberPurchaseDetail; store: string; locale: Locale; t: Translator };

export function CashbackTimeline({ purchase, store, locale, t }: Props) {
  const click = purchase.click;
  return (
    <ol
      aria-label={t('accountSpace.cashback.timeline.label', { store })}
      className="flex flex-col gap-4 border-l-2 border-slate-200 pl-4"
    >
      {click ? (
        <li data-testid="cashback-timeline-entry" data-kind="clicked" className="flex flex-col gap-2">
          <Heading at={click.createdAt} locale={locale}>
            {t('accountSpace.cashback.timeline.clicked')}
          </Heading>
          <div className="flex flex-col gap-1">
            <p className="text-sm font-semibold text-slate-700">
              {t('accountSpace.cashback.timeline.clickedTerms')}
            </p>
            <CapturedRates offers={click.offers} locale={locale} t={t} />
          </div>
          <Link
            href={`/account/clicks/${click.id}`}
            className="self-start text-sm font-semibold text-brand-700 hover:underline"
          >
            {t('accountSpace.cashback.timeline.viewClick')}
          </Link>
        </li>
      ) : null}
      {purchase.timeline.map((event) => (
        <li
          key={event.id}
          data-testid="cashback-timeline-entry"
          data-kind={event.kind}
          className="flex flex-col gap-1"
        >
          <Heading at={event.at} locale={locale}>
            {t(`accountSpace.cashback.timeline.${event.kind}`)}
          </Heading>
          <p className="text-sm text-slate-700">{amountText(event, locale, t)}</p>
        </li>
      ))}
    </ol>
  );
}

function Heading({ at, locale, children }: { at: Date; locale: Locale; children: ReactNode }) {
  return (
    <p className="flex flex-wrap gap-x-2 text-sm">
      <time dateTime={at.toISOString()} className="text-slate-600">
        {formatClickTime(at, locale)}
      </time>
      <span className="font-semibold text-slate-900">{children}</span>
    </p>
  );
}

function amountText(event: TimelineEvent, locale: Locale, t: Translator): string {
  const tag = intlLocale[locale];
  if (event.previous) {
    return t('accountSpace.cashback.timeline.amountChange', {
      from: formatMoney(event.previous, tag),
      to: formatMoney(event.cashback, tag),
    });
  }
  return t('accountSpace.cashback.timeline.amount', { amount: formatMoney(event.cashback, tag) });
}

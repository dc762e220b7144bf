import { Flame, Ticket } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { MerchantCard as MerchantCardData } from '@/lib/catalog/merchant-cards';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime, pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { HeadlineText } from './headline-text';
import { MerchantLogo } from './merchant-logo';

type Props = { merchant: MerchantCardData; locale: Locale; t: Translator };

/** One merchant in a grid; the whole card is the link to its store page. */
export function MerchantCard({ merchant, locale, t }: Props) {
  return (
    <Card
      as="li"
      interactive
      padding="none"
      className="relative flex flex-col gap-3 p-4"
      data-testid="merchant-card"
    >
      <div className="flex items-center gap-3">
        <MerchantLogo name={merchant.name} logoUrl={merchant.logoUrl} brandColor={merchant.brandColor} />
        <div className="min-w-0">
          <h3 className="truncate text-base font-semibold">
            <Link
              href={`/stores/${merchant.slug}`}
              className="after:absolute after:inset-0 after:rounded-card"
            >
              {merchant.name}
            </Link>
          </h3>
          {merchant.primaryCategory ? (
            <p className="truncate text-sm text-slate-500">
              {pick(locale, merchant.primaryCategory.nameFr, merchant.primaryCategory.nameEn)}
            </p>
          ) : null}
        </div>
      </div>
      <div className="mt-auto flex flex-col gap-2">
        <p className="text-sm text-slate-600">
          <span className="sr-only">{t('catalog.rate.cashback')} </span>
          <HeadlineText headline={merchant.headline} locale={locale} t={t} />
        </p>
        {merchant.boost || merchant.couponCount > 0 ? (
          <div className="flex flex-wrap gap-2">
            {merchant.boost ? (
              <Badge
                tone="boost"
                title={t('catalog.boost.untilShort', { date: formatDateTime(merchant.boost.endsAt, locale) })}
              >
                <Flame aria-hidden="true" className="size-3.5" />
                {pick(locale, merchant.boost.labelFr, merchant.boost.labelEn)}
              </Badge>
            ) : null}
            {merchant.couponCount > 0 ? (
              <Badge>
                <Ticket aria-hidden="true" className="size-3.5" />
                {t('catalog.couponCount', { count: merchant.couponCount })}
              </Badge>
            ) : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

export function MerchantGrid({
  merchants,
  locale,
  t,
  label,
}: {
  merchants: MerchantCardData[];
  locale: Locale;
  t: Translator;
  label?: string;
}) {
  return (
    <ul
      aria-label={label}
      className="grid grid-cols-1 gap-4 min-[480px]:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4"
    >
      {merchants.map((merchant) => (
        <MerchantCard key={merchant.id} merchant={merchant} locale={locale} t={t} />
      ))}
    </ul>
  );
}

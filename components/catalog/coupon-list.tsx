import { Ticket } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Coupon } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';
import { formatDate, pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { CopyCodeButton } from './copy-code-button';

/** Coupon codes in force, shown beside the cashback (they combine with it). */
export function CouponList({ coupons, locale, t }: { coupons: Coupon[]; locale: Locale; t: Translator }) {
  if (coupons.length === 0) return <p className="text-sm text-slate-600">{t('catalog.coupons.empty')}</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {coupons.map((coupon) => (
        <li
          key={coupon.id}
          data-testid="coupon"
          className="flex flex-col gap-2 rounded-xl border border-dashed border-brand-300 bg-brand-50/50 p-4"
        >
          <div className="flex items-start justify-between gap-2">
            <p className="flex items-center gap-2 font-semibold">
              <Ticket aria-hidden="true" className="size-4 text-brand-700" />
              {pick(locale, coupon.titleFr, coupon.titleEn)}
            </p>
            {coupon.isExclusive ? <Badge tone="success">{t('catalog.coupons.exclusive')}</Badge> : null}
          </div>
          {pick(locale, coupon.descriptionFr, coupon.descriptionEn) ? (
            <p className="text-sm text-slate-600">
              {pick(locale, coupon.descriptionFr, coupon.descriptionEn)}
            </p>
          ) : null}
          <div className="mt-auto flex flex-wrap items-center justify-between gap-2">
            {coupon.code ? (
              <span className="flex items-center gap-2">
                <span className="sr-only">{t('catalog.coupons.code')} </span>
                <code className="rounded-lg bg-white px-2.5 py-1 font-mono text-sm font-bold tracking-wider ring-1 ring-slate-300">
                  {coupon.code}
                </code>
                <CopyCodeButton
                  code={coupon.code}
                  copyText={t('catalog.coupons.copy')}
                  copiedLabel={t('catalog.coupons.copied')}
                  copyLabel={t('catalog.coupons.copyLabel', { code: coupon.code })}
                />
              </span>
            ) : (
              <Badge>{t('catalog.coupons.noCode')}</Badge>
            )}
            {coupon.expiresAt ? (
              <span className="text-xs text-slate-500">
                {t('catalog.coupons.expires', { date: formatDate(coupon.expiresAt, locale) })}
              </span>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import type { MemberClick } from '@/lib/tracking/member-clicks';
import { CapturedRates } from './captured-rates';
import { formatClickTime } from './captured-terms';

/** The member's clicks, newest first: store, time, the full click id, device and the terms captured. */
export function ClickList({ clicks, locale, t }: { clicks: MemberClick[]; locale: Locale; t: Translator }) {
  return (
    <ul aria-label={t('accountSpace.clicks.listLabel')} className="flex flex-col gap-4">
      {clicks.map((click) => (
        <ClickCard key={click.id} click={click} locale={locale} t={t} />
      ))}
    </ul>
  );
}

function ClickCard({ click, locale, t }: { click: MemberClick; locale: Locale; t: Translator }) {
  const when = formatClickTime(click.createdAt, locale);
  return (
    <Card as="li" padding="none" className="flex flex-col gap-3 p-5" data-testid="click">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-lg font-bold" data-testid="click-merchant">
          <Link href={`/stores/${click.merchant.slug}`} className="hover:text-brand-700 hover:underline">
            {click.merchant.name}
          </Link>
        </h2>
        <p className="text-sm text-slate-600">
          <time dateTime={click.createdAt.toISOString()}>{when}</time>
          {' · '}
          {t(`accountSpace.clicks.device.${click.deviceType}`)}
        </p>
      </div>
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-slate-600">
        {t('accountSpace.clicks.clickId')}
        <code
          data-testid="click-id"
          className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-900 select-all wrap-anywhere"
        >
          {click.id}
        </code>
      </p>
      {click.offer ? (
        <p className="text-sm text-slate-700">
          {t('accountSpace.clicks.offer', { title: pick(locale, click.offer.titleFr, click.offer.titleEn) })}
        </p>
      ) : null}
      <div>
        <h3 className="sr-only">{t('accountSpace.clicks.terms')}</h3>
        <CapturedRates offers={click.offers} locale={locale} t={t} />
      </div>
      {click.deepLink ? (
        <p className="text-xs wrap-anywhere text-slate-600">
          {t('accountSpace.clicks.deepLink', { url: click.deepLink })}
        </p>
      ) : null}
      <Link
        href={`/account/clicks/${click.id}`}
        aria-label={t('accountSpace.clicks.detailsLabel', { store: click.merchant.name, date: when })}
        className="self-start text-sm font-semibold text-brand-700 hover:underline"
      >
        {t('accountSpace.clicks.details')}
      </Link>
    </Card>
  );
}

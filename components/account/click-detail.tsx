import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import type { CapturedOffer, MemberClickDetail } from '@/lib/tracking/member-clicks';
import { AccountSection } from './account-section';
import { CapturedRates } from './captured-rates';
import { formatClickTime } from './captured-terms';

type Props = { click: MemberClickDetail; locale: Locale; t: Translator };

/** One click in full: when, where from, which page, and every term captured, conditions and exclusions included. */
export function ClickDetail({ click, locale, t }: Props) {
  return (
    <>
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold">
        <Link
          href="/account/clicks"
          className="inline-flex items-center gap-1 text-brand-700 hover:underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t('accountSpace.clicks.detail.back')}
        </Link>
        <Link href={`/stores/${click.merchant.slug}`} className="text-brand-700 hover:underline">
          {t('accountSpace.clicks.detail.store')}
        </Link>
      </p>
      <AccountSection id="click" title={t('accountSpace.clicks.detail.summaryTitle')}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          <Row label={t('accountSpace.clicks.clickId')}>
            <code data-testid="click-id" className="font-mono select-all wrap-anywhere text-slate-900">
              {click.id}
            </code>
          </Row>
          <Row label={t('accountSpace.clicks.detail.when')}>
            <time dateTime={click.createdAt.toISOString()}>{formatClickTime(click.createdAt, locale)}</time>
          </Row>
          <Row label={t('accountSpace.clicks.detail.device')}>
            {t(`accountSpace.clicks.device.${click.deviceType}`)}
          </Row>
          <Row label={t('accountSpace.clicks.detail.offer')}>
            {click.offer
              ? pick(locale, click.offer.titleFr, click.offer.titleEn)
              : t('accountSpace.clicks.detail.allOffers')}
          </Row>
          <Row label={t('accountSpace.clicks.detail.page')}>
            <span className="wrap-anywhere">
              {click.deepLink ?? t('accountSpace.clicks.detail.homePage')}
            </span>
          </Row>
        </dl>
        <p className="mt-4 text-sm text-slate-600">
          {t('accountSpace.clicks.detail.validation', { count: click.validationDelayDays })}
        </p>
      </AccountSection>
      <AccountSection id="terms" title={t('accountSpace.clicks.detail.termsTitle')}>
        <div className="flex flex-col gap-6">
          <CapturedRates offers={click.offers} locale={locale} t={t} />
          {click.offers.map((offer) => (
            <OfferTerms key={offer.id} offer={offer} titled={click.offers.length > 1} locale={locale} t={t} />
          ))}
          <BoostEnds click={click} locale={locale} t={t} />
        </div>
      </AccountSection>
      <p className="text-sm text-slate-600">{t('accountSpace.clicks.detail.evidence')}</p>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-600">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </>
  );
}

/** The offer's conditions and exclusions as the merchant wrote them, one paragraph per line. */
function OfferTerms({
  offer,
  titled,
  locale,
  t,
}: {
  offer: CapturedOffer;
  titled: boolean;
  locale: Locale;
  t: Translator;
}) {
  const conditions = pick(locale, offer.conditionsFr, offer.conditionsEn).trim();
  const exclusions = pick(locale, offer.exclusionsFr, offer.exclusionsEn).trim();
  if (!conditions && !exclusions) return null;
  const blocks = [
    [t('accountSpace.clicks.detail.conditions'), conditions],
    [t('accountSpace.clicks.detail.exclusions'), exclusions],
  ] as const;
  return (
    <div className="flex flex-col gap-3" data-testid="captured-conditions">
      {titled ? <h3 className="font-semibold">{pick(locale, offer.titleFr, offer.titleEn)}</h3> : null}
      {blocks.map(([title, text]) =>
        text ? (
          <div key={title}>
            <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
            {text.split('\n').map((line) => (
              <p key={line} className="text-sm text-slate-700">
                {line}
              </p>
            ))}
          </div>
        ) : null,
      )}
    </div>
  );
}

/** When the boosts in force at the click were due to end: the reason a rate was higher then than now. */
function BoostEnds({ click, locale, t }: Props) {
  const ends = click.offers.flatMap((offer) =>
    offer.rates.flatMap((rate) => (rate.boost ? [{ id: rate.id, ...rate.boost }] : [])),
  );
  if (ends.length === 0) return null;
  return (
    <ul className="text-xs text-slate-600">
      {ends.map((boost) => (
        <li key={boost.id}>
          {t('accountSpace.clicks.detail.boostUntil', {
            label: pick(locale, boost.labelFr, boost.labelEn) || t('accountSpace.clicks.boostFallback'),
            date: formatClickTime(boost.endsAt, locale),
          })}
        </li>
      ))}
    </ul>
  );
}

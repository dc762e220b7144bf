import { ArrowUpRight, Clock, Globe, ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { BoostSchedule } from '@/components/catalog/boost-schedule';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { CashbackCalculator } from '@/components/catalog/cashback-calculator';
import { CouponList } from '@/components/catalog/coupon-list';
import { HeadlineText } from '@/components/catalog/headline-text';
import { MerchantLogo } from '@/components/catalog/merchant-logo';
import { RateList } from '@/components/catalog/rate-list';
import { StoreSection } from '@/components/catalog/store-section';
import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { getDb } from '@/db/client';
import { getStoreBySlug } from '@/lib/catalog/store-detail';
import { pick } from '@/lib/i18n/format';
import { messagesByLocale } from '@/lib/i18n/messages';
import { getTranslator } from '@/lib/i18n/server';
import { calculatorTerms } from '@/lib/split/calculator-terms';

type Props = { params: Promise<{ slug: string }> };

// Metadata and page share one load per request.
const load = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  return getStoreBySlug(await getDb(), slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const store = await load(slug);
  if (!store) return { title: t('notFound.title') };
  return {
    title: t('catalog.store.metaTitle', { store: store.merchant.name }),
    description: pick(locale, store.merchant.descriptionFr, store.merchant.descriptionEn).slice(0, 160),
  };
}

export default async function StorePage({ params }: Props) {
  const [{ slug }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const store = await load(slug);
  if (!store) notFound();
  const { merchant } = store;
  const primary = store.categories[0];
  const conditions = pick(locale, merchant.conditionsFr, merchant.conditionsEn);
  const exclusions = pick(locale, merchant.exclusionsFr, merchant.exclusionsEn);
  const calculator = calculatorTerms(store, new Date());

  const activate = (
    <LinkButton href={`/out/${merchant.slug}`} size="lg" className="w-full" rel="nofollow">
      {t('catalog.activate')}
      <ArrowUpRight aria-hidden="true" className="size-5" />
    </LinkButton>
  );

  return (
    <Container size="wide" className="pb-16">
      <Breadcrumbs
        t={t}
        items={[
          { href: '/stores', label: t('nav.stores') },
          ...(primary
            ? [{ href: `/categories/${primary.slug}`, label: pick(locale, primary.nameFr, primary.nameEn) }]
            : []),
          { label: merchant.name },
        ]}
      />
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <header className="flex flex-wrap items-center gap-5">
            <MerchantLogo
              name={merchant.name}
              logoUrl={merchant.logoUrl}
              brandColor={merchant.brandColor}
              size="lg"
            />
            <div className="min-w-0">
              <h1 className="text-3xl font-bold sm:text-4xl">{merchant.name}</h1>
              <p className="mt-1 text-slate-600">
                <span className="sr-only">{t('catalog.rate.cashback')} </span>
                <HeadlineText headline={store.headline} locale={locale} t={t} size="lg" />
              </p>
            </div>
          </header>

          <StoreSection id="offers" title={t('catalog.store.offers')}>
            {store.offers.length > 0 ? (
              <RateList offers={store.offers} locale={locale} t={t} />
            ) : (
              <p className="text-sm text-slate-600">{t('catalog.store.noRates')}</p>
            )}
          </StoreSection>

          {calculator ? (
            <StoreSection id="calculator" title={t('calculator.title')}>
              <CashbackCalculator
                {...calculator}
                locale={locale}
                messages={messagesByLocale[locale].calculator}
                store={merchant.name}
              />
            </StoreSection>
          ) : null}

          {store.boosts.length > 0 ? (
            <StoreSection id="boosts" title={t('catalog.boost.title')}>
              <BoostSchedule boosts={store.boosts} locale={locale} t={t} />
            </StoreSection>
          ) : null}

          <StoreSection id="coupons" title={t('catalog.coupons.title')}>
            <CouponList coupons={store.coupons} locale={locale} t={t} />
          </StoreSection>

          <StoreSection id="terms" title={t('catalog.terms.title')}>
            <dl className="flex flex-col gap-4 text-sm">
              {conditions ? (
                <div>
                  <dt className="font-semibold">{t('catalog.terms.conditions')}</dt>
                  <dd className="mt-1 whitespace-pre-line text-slate-700">{conditions}</dd>
                </div>
              ) : null}
              {exclusions ? (
                <div>
                  <dt className="font-semibold">{t('catalog.terms.exclusions')}</dt>
                  <dd className="mt-1 whitespace-pre-line text-slate-700">{exclusions}</dd>
                </div>
              ) : null}
              <div>
                <dt className="font-semibold">{t('catalog.validation.averageDelay')}</dt>
                <dd className="mt-1 text-slate-700">
                  {t('catalog.validation.days', { count: merchant.validationDelayDays })}
                </dd>
              </div>
            </dl>
          </StoreSection>

          <StoreSection id="about" title={t('catalog.store.about', { store: merchant.name })}>
            <p className="text-slate-700">{pick(locale, merchant.descriptionFr, merchant.descriptionEn)}</p>
            {store.categories.length > 0 ? (
              <p className="mt-3 text-sm text-slate-600">
                {t('catalog.store.categoriesLabel')}{' '}
                {store.categories.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? ', ' : null}
                    <a href={`/categories/${c.slug}`} className="font-medium text-brand-800 hover:underline">
                      {pick(locale, c.nameFr, c.nameEn)}
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
          </StoreSection>
        </div>

        <aside aria-label={t('catalog.activate')} className="lg:sticky lg:top-24 lg:self-start">
          <Card padding="lg" className="flex flex-col gap-4">
            <HeadlineText headline={store.headline} locale={locale} t={t} size="lg" />
            {activate}
            <p className="text-xs text-slate-500">{t('catalog.activateHint', { store: merchant.name })}</p>
            <ul className="flex flex-col gap-2 border-t border-slate-100 pt-4 text-sm text-slate-700">
              <li className="flex items-center gap-2">
                <Clock aria-hidden="true" className="size-4 text-brand-700" />
                {t('catalog.validation.averageDelayLine', {
                  days: t('catalog.validation.days', { count: merchant.validationDelayDays }),
                })}
              </li>
              <li className="flex items-center gap-2">
                <Globe aria-hidden="true" className="size-4 text-brand-700" />
                {store.domains.join(', ')}
              </li>
              <li className="flex items-center gap-2">
                <ShieldCheck aria-hidden="true" className="size-4 text-brand-700" />
                {t('catalog.store.freeAndSafe')}
              </li>
            </ul>
          </Card>
        </aside>
      </div>
    </Container>
  );
}

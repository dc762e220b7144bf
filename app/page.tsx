import { ArrowRight, CalendarDays, MousePointerClick, ShoppingBag, Wallet } from 'lucide-react';
import type { Metadata } from 'next';
import { CategoryGrid } from '@/components/catalog/category-grid';
import { EventList } from '@/components/catalog/event-list';
import { HomeSection } from '@/components/catalog/home-section';
import { MerchantGrid } from '@/components/catalog/merchant-card';
import { LinkButton } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { getDb } from '@/db/client';
import { cachedCardInputs } from '@/lib/catalog/card-inputs-cache';
import { cachedCategoryTree } from '@/lib/catalog/categories';
import { getHomeCatalog } from '@/lib/catalog/home';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { absolute: `Ristourne · ${t('catalog.home.metaTitle')}` } };
}

const steps = [
  { id: 'click', Icon: MousePointerClick },
  { id: 'shop', Icon: ShoppingBag },
  { id: 'earn', Icon: Wallet },
] as const;

export default async function HomePage() {
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const home = await getHomeCatalog(db, new Date(), {
    categories: cachedCategoryTree,
    cardInputs: cachedCardInputs,
  });
  const storeTotal = home.categories.reduce((n, c) => n + c.merchantCount, 0);

  return (
    <>
      <section className="bg-gradient-to-br from-brand-800 via-brand-700 to-brand-600 text-white">
        <Container
          size="wide"
          className="grid gap-10 py-14 sm:py-20 lg:grid-cols-[1.4fr_1fr] lg:items-center"
        >
          <div>
            <h1 className="text-4xl font-bold text-white sm:text-5xl">{t('catalog.home.heroTitle')}</h1>
            <p className="mt-5 max-w-2xl text-lg text-brand-50">
              {t('catalog.home.heroSubtitle', { count: Math.floor(storeTotal / 50) * 50 || storeTotal })}
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <LinkButton href="/stores" size="lg" variant="secondary">
                {t('catalog.home.heroCta')}
                <ArrowRight aria-hidden="true" className="size-5" />
              </LinkButton>
              <LinkButton
                href="/how-it-works"
                size="lg"
                variant="ghost"
                className="text-white hover:bg-white/10 hover:text-white"
              >
                {t('catalog.home.heroSecondary')}
              </LinkButton>
            </div>
          </div>
          <ol className="grid gap-3" aria-label={t('catalog.home.stepsTitle')}>
            {steps.map(({ id, Icon }) => (
              <li
                key={id}
                className="flex items-start gap-4 rounded-card bg-white/10 p-4 ring-1 ring-white/20"
              >
                <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-white text-brand-700">
                  <Icon aria-hidden="true" className="size-5" />
                </span>
                <span>
                  <span className="block font-semibold">{t(`catalog.home.steps.${id}.title`)}</span>
                  <span className="block text-sm text-brand-50">{t(`catalog.home.steps.${id}.body`)}</span>
                </span>
              </li>
            ))}
          </ol>
        </Container>
      </section>

      <Container size="wide" className="flex flex-col gap-14 py-12">
        {home.currentEvents.length + home.upcomingEvents.length > 0 ? (
          <HomeSection
            id="events"
            title={t('catalog.home.eventsTitle')}
            icon={<CalendarDays aria-hidden="true" className="size-6 text-accent-600" />}
          >
            <EventList current={home.currentEvents} upcoming={home.upcomingEvents} locale={locale} t={t} />
          </HomeSection>
        ) : null}

        {home.boosted.length > 0 ? (
          <HomeSection
            id="boosted"
            title={t('catalog.home.boostedTitle')}
            description={t('catalog.home.boostedDescription')}
          >
            <MerchantGrid merchants={home.boosted} locale={locale} t={t} />
          </HomeSection>
        ) : null}

        <HomeSection
          id="featured"
          title={t('catalog.home.featuredTitle')}
          description={t('catalog.home.featuredDescription')}
          more={{ href: '/stores', label: t('catalog.home.seeAllStores') }}
        >
          <MerchantGrid merchants={home.featured} locale={locale} t={t} />
        </HomeSection>

        <HomeSection id="categories" title={t('catalog.home.categoriesTitle')}>
          <CategoryGrid categories={home.categories} locale={locale} t={t} />
        </HomeSection>

        <HomeSection
          id="popular"
          title={t('catalog.home.popularTitle')}
          more={{ href: '/stores', label: t('catalog.home.seeAllStores') }}
        >
          <MerchantGrid merchants={home.popular} locale={locale} t={t} />
        </HomeSection>
      </Container>
    </>
  );
}

import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { HeadlineText } from '@/components/catalog/headline-text';
import { MerchantLogo } from '@/components/catalog/merchant-logo';
import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { getDb } from '@/db/client';
import { currentUser } from '@/lib/auth/current-user';
import { getStoreBySlug } from '@/lib/catalog/store-detail';
import { getTranslator } from '@/lib/i18n/server';
import { parseOfferId } from '@/lib/tracking/click-out';
import { checkDeepLink } from '@/lib/tracking/deep-link';

// The interstitial for a click-out without a session: sign in and come back
// to the same click-out (offer and deep link kept), or go to the shop without
// cashback (no click is recorded, and the link is the shop's own, not a
// tracking link).

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ offer?: unknown; url?: unknown }> };

const load = cache(async (slug: string) =>
  /^[a-z0-9-]{1,100}$/.test(slug) ? getStoreBySlug(await getDb(), slug) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { t }] = await Promise.all([params, getTranslator()]);
  const store = await load(slug);
  return {
    title: store ? t('clickOut.welcome.metaTitle', { store: store.merchant.name }) : t('notFound.title'),
    robots: { index: false, follow: false },
  };
}

export default async function ClickOutWelcomePage({ params, searchParams }: Props) {
  const [{ slug }, query, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const store = await load(slug);
  if (!store) notFound();
  const offer = parseOfferId(query.offer);
  const deepLink = typeof query.url === 'string' ? checkDeepLink(query.url, store.domains) : null;
  const back = new URLSearchParams();
  if (offer !== null) back.set('offer', String(offer));
  if (deepLink?.ok) back.set('url', deepLink.url.href);
  const clickOutPath = `/out/${store.merchant.slug}${back.size > 0 ? `?${back}` : ''}`;
  // Signed in meanwhile (another tab): straight to the click-out.
  if (await currentUser()) redirect(clickOutPath);
  const shop = deepLink?.ok ? deepLink.url.href : `https://${store.domains[0] ?? ''}/`;
  const name = store.merchant.name;

  return (
    <Container size="narrow" className="py-10">
      <Card as="section" padding="lg" className="flex flex-col items-center gap-5 text-center">
        <MerchantLogo
          name={name}
          logoUrl={store.merchant.logoUrl}
          brandColor={store.merchant.brandColor}
          size="lg"
        />
        <h1 className="text-2xl font-bold sm:text-3xl">{t('clickOut.welcome.title', { store: name })}</h1>
        <p className="text-lg">
          <HeadlineText headline={store.headline} locale={locale} t={t} size="lg" />
        </p>
        <p className="max-w-prose text-slate-700">{t('clickOut.welcome.intro', { store: name })}</p>
        <div className="flex w-full flex-col gap-3 sm:w-auto">
          <LinkButton href={`/auth/sign-in?next=${encodeURIComponent(clickOutPath)}`} size="lg">
            {t('clickOut.welcome.signIn')}
          </LinkButton>
          <LinkButton href="/auth/sign-up" variant="secondary" size="lg">
            {t('clickOut.welcome.signUp')}
          </LinkButton>
        </div>
        <div className="mt-2 border-t border-slate-200 pt-5 text-sm text-slate-600">
          <a
            href={shop}
            rel="nofollow noopener"
            className="font-semibold text-slate-800 underline hover:text-brand-700"
          >
            {t('clickOut.welcome.without', { store: name })}
          </a>
          <p className="mt-1">{t('clickOut.welcome.withoutHint')}</p>
        </div>
      </Card>
    </Container>
  );
}

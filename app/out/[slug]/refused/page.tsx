import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { getDb } from '@/db/client';
import { getStoreBySlug } from '@/lib/catalog/store-detail';
import { getTranslator } from '@/lib/i18n/server';

// Where /out/<slug>?url=… lands when the deep link is not on the shop's own
// domains: the link is not followed, nor shown back (it may be a phishing
// lure); the member can still go to the store, with cashback.

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) =>
  /^[a-z0-9-]{1,100}$/.test(slug) ? getStoreBySlug(await getDb(), slug) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { t }] = await Promise.all([params, getTranslator()]);
  const store = await load(slug);
  return {
    title: store ? t('clickOut.refused.metaTitle') : t('notFound.title'),
    robots: { index: false, follow: false },
  };
}

export default async function ClickOutRefusedPage({ params }: Props) {
  const [{ slug }, { t }] = await Promise.all([params, getTranslator()]);
  const store = await load(slug);
  if (!store) notFound();
  const name = store.merchant.name;
  return (
    <Container size="narrow" className="py-10">
      <Card as="section" padding="lg" className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('clickOut.refused.title', { store: name })}</h1>
        <p role="alert" className="text-slate-700">
          {t('clickOut.refused.body')}
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href={`/out/${store.merchant.slug}`} rel="nofollow">
            {t('clickOut.refused.activate', { store: name })}
          </LinkButton>
          <LinkButton href={`/stores/${store.merchant.slug}`} variant="secondary">
            {t('clickOut.refused.store', { store: name })}
          </LinkButton>
        </div>
      </Card>
    </Container>
  );
}

// GET /sandbox/shop/[advertiserId]: the fake shop a sandbox click lands on; shows the click id it received.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OrderForm } from '@/components/sandbox/order-form';
import { orderFormLabels } from '@/components/sandbox/order-form-labels';
import { ShopReceived } from '@/components/sandbox/shop-received';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getTranslator } from '@/lib/i18n/server';
import { findSandboxAdvertiser } from '@/lib/sandbox/advertiser';
import { shopDeepLink, shopPath } from '@/lib/sandbox/track-hop';
import { placeOrderAction } from './actions';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ advertiserId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { advertiserId }, db] = await Promise.all([getTranslator(), params, getDb()]);
  const advertiser = await findSandboxAdvertiser(db, advertiserId);
  return {
    title: advertiser ? t('sandbox.shop.metaTitle', { merchant: advertiser.merchantName }) : undefined,
  };
}

export default async function SandboxShopPage({ params, searchParams }: Props) {
  const [{ t }, { advertiserId }, query, db] = await Promise.all([
    getTranslator(),
    params,
    searchParams,
    getDb(),
  ]);
  const advertiser = await findSandboxAdvertiser(db, advertiserId);
  if (!advertiser) notFound();
  const clickRef = first(query.clickref);
  // Checked again here: anyone can type this page's URL, not only the tracking hop.
  const product = shopDeepLink(first(query.ued), advertiser.shopDomains);
  return (
    <Container size="narrow" className="flex flex-col gap-6 pb-16">
      <PageHeader
        title={t('sandbox.shop.title', { merchant: advertiser.merchantName })}
        description={<p className="text-base">{t('sandbox.shop.intro')}</p>}
      />
      <ShopReceived clickRef={clickRef} product={product} t={t} />
      <Card as="section" aria-labelledby="sandbox-order-title" className="flex flex-col gap-4">
        <h2 id="sandbox-order-title" className="text-lg font-bold">
          {t('sandbox.shop.orderTitle')}
        </h2>
        <OrderForm
          action={placeOrderAction}
          advertiserId={advertiser.advertiserId}
          clickRef={clickRef}
          againHref={shopPath(advertiser.advertiserId, clickRef, product)}
          labels={orderFormLabels(t)}
        />
      </Card>
    </Container>
  );
}

import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { CashbackEmpty } from '@/components/account/cashback-empty';
import { CashbackFilters } from '@/components/account/cashback-filters';
import { CashbackLegend } from '@/components/account/cashback-legend';
import { CashbackList } from '@/components/account/cashback-list';
import { KeysetPager } from '@/components/account/keyset-pager';
import { getDb } from '@/db/client';
import type { RawParams } from '@/lib/admin/url-state';
import { requireUser } from '@/lib/auth/current-user';
import { memberPurchases } from '@/lib/cashback/member-purchases';
import { hasFilters, parsePurchaseQuery, purchaseFilters } from '@/lib/cashback/purchase-query';
import { getTranslator } from '@/lib/i18n/server';

// The member's purchases with their cashback, filtered by status, period and
// store (`?status=&period=&q=`), keyset-paged (`?after=` / `?before=`).

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.cashback.metaTitle'), robots: { index: false } };
}

export default async function CashbackPage({ searchParams }: Props) {
  const user = await requireUser('/account/cashback');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const query = parsePurchaseQuery(params);
  const now = new Date();
  const page = await memberPurchases(db, {
    userId: user.id,
    filters: purchaseFilters(query),
    cursor: query.cursor,
    now,
  });
  const filtered = hasFilters(query);
  return (
    <AccountPage title={t('accountSpace.cashback.title')} intro={t('accountSpace.cashback.intro')}>
      {page.items.length > 0 || filtered ? (
        <CashbackFilters query={query} now={now} locale={locale} t={t} />
      ) : null}
      {page.items.length > 0 ? (
        <>
          <CashbackList purchases={page.items} locale={locale} t={t} />
          <KeysetPager
            page={page}
            basePath="/account/cashback"
            params={{ status: query.status, period: query.period, q: query.q }}
            labels={{
              label: t('accountSpace.cashback.pagination.label'),
              newest: t('accountSpace.cashback.pagination.newest'),
              newer: t('accountSpace.cashback.pagination.newer'),
              older: t('accountSpace.cashback.pagination.older'),
            }}
          />
        </>
      ) : (
        <CashbackEmpty t={t} reason={query.cursor ? 'stale' : filtered ? 'filtered' : 'none'} />
      )}
      <CashbackLegend t={t} />
    </AccountPage>
  );
}

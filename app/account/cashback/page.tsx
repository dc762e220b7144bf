import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { CashbackEmpty } from '@/components/account/cashback-empty';
import { CashbackLegend } from '@/components/account/cashback-legend';
import { CashbackList } from '@/components/account/cashback-list';
import { KeysetPager } from '@/components/account/keyset-pager';
import { getDb } from '@/db/client';
import type { PageCursor } from '@/lib/admin/keyset';
import { requireUser } from '@/lib/auth/current-user';
import { listMemberConversions } from '@/lib/conversions/member-conversions';
import { getTranslator } from '@/lib/i18n/server';

// The member's tracked purchases and where each stands (issue 5's hand-over:
// the ledger of issue 6 will add the member's cashback amount).

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.cashback.metaTitle'), robots: { index: false } };
}

/** `?after=<conversion id>`: older purchases; `?before=<conversion id>`: newer ones. Anything else is the first page. */
function cursorOf(params: Awaited<Props['searchParams']>): PageCursor | null {
  const { after, before } = params;
  if (typeof after === 'string') return { direction: 'older', id: after };
  if (typeof before === 'string') return { direction: 'newer', id: before };
  return null;
}

export default async function CashbackPage({ searchParams }: Props) {
  const user = await requireUser('/account/cashback');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const cursor = cursorOf(params);
  const page = await listMemberConversions(db, { userId: user.id, cursor });
  return (
    <AccountPage title={t('accountSpace.cashback.title')} intro={t('accountSpace.cashback.intro')}>
      {page.items.length > 0 ? (
        <>
          <p className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-pretty text-brand-900">
            {t('accountSpace.cashback.amountNote')}
          </p>
          <CashbackList conversions={page.items} locale={locale} t={t} />
          <KeysetPager
            page={page}
            basePath="/account/cashback"
            labels={{
              label: t('accountSpace.cashback.pagination.label'),
              newest: t('accountSpace.cashback.pagination.newest'),
              newer: t('accountSpace.cashback.pagination.newer'),
              older: t('accountSpace.cashback.pagination.older'),
            }}
          />
        </>
      ) : (
        <CashbackEmpty t={t} stale={cursor !== null} />
      )}
      <CashbackLegend t={t} />
    </AccountPage>
  );
}

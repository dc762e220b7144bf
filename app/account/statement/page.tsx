import { Download } from 'lucide-react';
import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { KeysetPager } from '@/components/account/keyset-pager';
import { StatementEmpty } from '@/components/account/statement-empty';
import { StatementTable } from '@/components/account/statement-table';
import { LinkButton } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { parseCursor, type RawParams } from '@/lib/admin/url-state';
import { requireUser } from '@/lib/auth/current-user';
import { memberStatement } from '@/lib/cashback/member-statement';
import { getTranslator } from '@/lib/i18n/server';

// Every line of the member's ledger accounts, newest first, keyset-paged by
// line id (`?after=` / `?before=`), and the way to the CSV export.

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.statement.metaTitle'), robots: { index: false } };
}

export default async function StatementPage({ searchParams }: Props) {
  const user = await requireUser('/account/statement');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const cursor = parseCursor(params);
  const page = await memberStatement(db, { userId: user.id, cursor });
  return (
    <AccountPage title={t('accountSpace.statement.title')} intro={t('accountSpace.statement.intro')}>
      {page.items.length > 0 ? (
        <>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {/* A plain link: a download, never prefetched. */}
            <LinkButton href="/account/statement/csv" variant="secondary" native download>
              <Download aria-hidden="true" className="size-4" />
              {t('accountSpace.statement.download')}
            </LinkButton>
            <p className="text-sm text-slate-600">{t('accountSpace.statement.downloadHint')}</p>
          </div>
          <StatementTable lines={page.items} locale={locale} t={t} />
          <KeysetPager
            page={page}
            basePath="/account/statement"
            labels={{
              label: t('accountSpace.statement.pagination.label'),
              newest: t('accountSpace.statement.pagination.newest'),
              newer: t('accountSpace.statement.pagination.newer'),
              older: t('accountSpace.statement.pagination.older'),
            }}
          />
        </>
      ) : (
        <StatementEmpty t={t} stale={cursor !== null} />
      )}
    </AccountPage>
  );
}

import type { Metadata } from 'next';
import { AccountPage } from '@/components/account/account-page';
import { ClickEmpty } from '@/components/account/click-empty';
import { ClickList } from '@/components/account/click-list';
import { KeysetPager } from '@/components/account/keyset-pager';
import { getDb } from '@/db/client';
import type { PageCursor } from '@/lib/admin/keyset';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { listMemberClicks } from '@/lib/tracking/member-clicks';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.clicks.metaTitle'), robots: { index: false } };
}

/** `?after=<click id>`: older clicks; `?before=<click id>`: newer ones. Anything else is the first page. */
function cursorOf(params: Awaited<Props['searchParams']>): PageCursor | null {
  const { after, before } = params;
  if (typeof after === 'string') return { direction: 'older', id: after };
  if (typeof before === 'string') return { direction: 'newer', id: before };
  return null;
}

export default async function ClicksPage({ searchParams }: Props) {
  const user = await requireUser('/account/clicks');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const cursor = cursorOf(params);
  const page = await listMemberClicks(db, { userId: user.id, cursor });
  return (
    <AccountPage title={t('accountSpace.clicks.title')} intro={t('accountSpace.clicks.intro')}>
      <p className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-pretty text-brand-900">
        {t('accountSpace.clicks.evidence')}
      </p>
      {page.items.length > 0 ? (
        <>
          <ClickList clicks={page.items} locale={locale} t={t} />
          <KeysetPager
            page={page}
            basePath="/account/clicks"
            labels={{
              label: t('accountSpace.clicks.pagination.label'),
              newest: t('accountSpace.clicks.pagination.newest'),
              newer: t('accountSpace.clicks.pagination.newer'),
              older: t('accountSpace.clicks.pagination.older'),
            }}
          />
        </>
      ) : (
        <ClickEmpty t={t} stale={cursor !== null} />
      )}
    </AccountPage>
  );
}

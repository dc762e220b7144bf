// GET /admin/ingestion: the inbox, what the networks sent, newest first, filtered by network, status, days (ops and admins).
import type { Metadata } from 'next';
import { InboxFilters } from '@/components/admin/ingestion/inbox-filters';
import { InboxList } from '@/components/admin/ingestion/inbox-list';
import { IngestionHeader } from '@/components/admin/ingestion/ingestion-header';
import { KeysetNav } from '@/components/admin/keyset-nav';
import { getDb } from '@/db/client';
import { ingestionNetworkCodes, listInboxEvents } from '@/lib/admin/ingestion-inbox';
import { inboxHref, parseInboxQuery } from '@/lib/admin/ingestion-query';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { replayInboxAction } from './actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.ingestion.inbox.metaTitle') };
}

export default async function AdminInboxPage({ searchParams }: Props) {
  await requireStaff('/admin/ingestion');
  const query = parseInboxQuery(await searchParams);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const [page, networks] = await Promise.all([listInboxEvents(db, query), ingestionNetworkCodes(db)]);
  return (
    <>
      <IngestionHeader
        title={t('admin.ingestion.inbox.title')}
        intro={t('admin.ingestion.inbox.intro')}
        t={t}
      />
      <InboxFilters query={query} networks={networks} t={t} />
      <InboxList items={page.items} replay={replayInboxAction} locale={locale} t={t} />
      <KeysetNav page={page} hrefFor={(cursor) => inboxHref(query, cursor)} t={t} />
    </>
  );
}

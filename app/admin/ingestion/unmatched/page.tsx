// GET /admin/ingestion/unmatched: orphan and unknown-click conversions, each assignable to a member (ops and admins).
import type { Metadata } from 'next';
import { IngestionHeader } from '@/components/admin/ingestion/ingestion-header';
import { UnmatchedFilters } from '@/components/admin/ingestion/unmatched-filters';
import { UnmatchedList } from '@/components/admin/ingestion/unmatched-list';
import { KeysetNav } from '@/components/admin/keyset-nav';
import { getDb } from '@/db/client';
import { ingestionNetworkCodes } from '@/lib/admin/ingestion-inbox';
import { parseUnmatchedQuery, unmatchedHref } from '@/lib/admin/ingestion-query';
import { conversionAssignment, listUnmatchedConversions } from '@/lib/admin/ingestion-unmatched';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { assignConversionAction } from '../actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.ingestion.unmatched.metaTitle') };
}

export default async function AdminUnmatchedPage({ searchParams }: Props) {
  await requireStaff('/admin/ingestion/unmatched');
  const params = await searchParams;
  const query = parseUnmatchedQuery(params);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const assignedId = typeof params.assigned === 'string' ? params.assigned : null;
  const [page, networks, assigned] = await Promise.all([
    listUnmatchedConversions(db, query),
    ingestionNetworkCodes(db),
    assignedId ? conversionAssignment(db, assignedId) : null,
  ]);
  return (
    <>
      <IngestionHeader
        title={t('admin.ingestion.unmatched.title')}
        intro={t('admin.ingestion.unmatched.intro')}
        t={t}
      />
      {assigned?.member && assigned.assignedBy ? (
        <p
          role="status"
          className="rounded-xl border border-brand-200 bg-brand-50 px-4 py-3 text-sm text-brand-900"
        >
          {t('admin.ingestion.unmatched.assigned', {
            id: assigned.orderRef ?? assigned.networkConversionId,
            email: assigned.member.email,
          })}
        </p>
      ) : null}
      <UnmatchedFilters query={query} networks={networks} t={t} />
      <UnmatchedList items={page.items} assign={assignConversionAction} locale={locale} t={t} />
      <KeysetNav page={page} hrefFor={(cursor) => unmatchedHref(query, cursor)} t={t} />
    </>
  );
}

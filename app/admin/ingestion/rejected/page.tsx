// GET /admin/ingestion/rejected: events refused by the status rules, their flagged conversions, "mark reviewed" (ops and admins).
import type { Metadata } from 'next';
import { IngestionHeader } from '@/components/admin/ingestion/ingestion-header';
import { RejectedFilters } from '@/components/admin/ingestion/rejected-filters';
import { FlaggedConversion, RejectedList } from '@/components/admin/ingestion/rejected-list';
import { KeysetNav } from '@/components/admin/keyset-nav';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { ingestionNetworkCodes } from '@/lib/admin/ingestion-inbox';
import { parseRejectedQuery, rejectedHref } from '@/lib/admin/ingestion-query';
import { listOtherFlaggedConversions, listRejectedTransitions } from '@/lib/admin/ingestion-rejected';
import { requireStaff } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { reviewConversionAction } from '../actions';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('admin.ingestion.rejected.metaTitle') };
}

export default async function AdminRejectedPage({ searchParams }: Props) {
  await requireStaff('/admin/ingestion/rejected');
  const query = parseRejectedQuery(await searchParams);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const [page, others, networks] = await Promise.all([
    listRejectedTransitions(db, query),
    listOtherFlaggedConversions(db),
    ingestionNetworkCodes(db),
  ]);
  return (
    <>
      <IngestionHeader
        title={t('admin.ingestion.rejected.title')}
        intro={t('admin.ingestion.rejected.intro')}
        t={t}
      />
      <RejectedFilters query={query} networks={networks} t={t} />
      <RejectedList items={page.items} review={reviewConversionAction} locale={locale} t={t} />
      <KeysetNav page={page} hrefFor={(cursor) => rejectedHref(query, cursor)} t={t} />
      {others.length > 0 ? (
        <section aria-labelledby="other-flagged" className="flex flex-col gap-3">
          <h2 id="other-flagged" className="text-lg font-bold">
            {t('admin.ingestion.rejected.otherTitle')}
          </h2>
          <p className="text-sm text-slate-600">{t('admin.ingestion.rejected.otherIntro')}</p>
          <Card padding="none">
            <ul className="divide-y divide-slate-200">
              {others.map((conversion) => (
                <li key={conversion.id} className="px-5 py-4">
                  <FlaggedConversion
                    conversion={conversion}
                    review={reviewConversionAction}
                    locale={locale}
                    t={t}
                  />
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ) : null}
    </>
  );
}

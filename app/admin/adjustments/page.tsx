// GET /admin/adjustments: balance adjustments awaiting a second approval, and the latest decided ones (ops, admin).
import type { Metadata } from 'next';
import { FormMessages } from '@/components/account/form-messages';
import { AdjustmentList } from '@/components/admin/adjustment-list';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { FlaggedPurchases } from '@/components/admin/flagged-purchases';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/current-user';
import { doneNotice } from '@/lib/i18n/done-notice';
import { getTranslator } from '@/lib/i18n/server';
import { adjustmentQueue } from '@/lib/ledger/adjustment-queue';
import { flaggedPurchases } from '@/lib/ledger/flagged-purchases';
import { approveAdjustmentAction, rejectAdjustmentAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('ledger.queue.metaTitle') };
}

const NOTICES = { approved: 'ledger.queue.approved', rejected: 'ledger.queue.rejected' } as const;

export default async function AdminAdjustmentsPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: unknown }>;
}) {
  const viewer = await requireStaff('/admin/adjustments');
  const [{ t, locale }, db, { done }] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const notice = doneNotice(done, NOTICES);
  const [{ awaiting, recent }, flagged] = await Promise.all([adjustmentQueue(db), flaggedPurchases(db)]);
  return (
    <>
      <AdminPageTitle title={t('ledger.queue.title')} intro={t('ledger.queue.intro')} />
      {notice ? <FormMessages state={{ notice: t(notice) }} /> : null}
      <Card as="section" aria-labelledby="awaiting-title" className="flex flex-col gap-4">
        <h2 id="awaiting-title" className="text-lg font-bold">
          {t('ledger.queue.awaitingTitle')}
        </h2>
        {awaiting.length > 0 ? (
          <AdjustmentList
            items={awaiting}
            viewerId={viewer.id}
            approve={approveAdjustmentAction}
            reject={rejectAdjustmentAction}
            locale={locale}
            t={t}
          />
        ) : (
          <p className="text-slate-600">{t('ledger.queue.empty')}</p>
        )}
      </Card>
      <Card as="section" aria-labelledby="flagged-title" className="flex flex-col gap-4">
        <h2 id="flagged-title" className="text-lg font-bold">
          {t('ledger.flagged.title')}
        </h2>
        <p className="text-sm text-slate-600">{t('ledger.flagged.intro')}</p>
        <FlaggedPurchases items={flagged} locale={locale} t={t} />
      </Card>
      <Card as="section" aria-labelledby="recent-title" className="flex flex-col gap-4">
        <h2 id="recent-title" className="text-lg font-bold">
          {t('ledger.queue.recentTitle')}
        </h2>
        {recent.length > 0 ? (
          <AdjustmentList items={recent} viewerId={viewer.id} locale={locale} t={t} />
        ) : (
          <p className="text-slate-600">{t('ledger.queue.emptyRecent')}</p>
        )}
      </Card>
    </>
  );
}

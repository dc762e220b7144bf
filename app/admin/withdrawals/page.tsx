// GET /admin/withdrawals: the ops queue of withdrawal requests, with filters, signals and decisions (ops, admin).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { WithdrawalFilters } from '@/components/admin/withdrawal-filters';
import { WithdrawalQueueList } from '@/components/admin/withdrawal-queue-list';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import type { RawParams } from '@/lib/admin/url-state';
import { requireStaff } from '@/lib/auth/current-user';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { reviewConfig } from '@/lib/withdrawals/review-config';
import { withdrawalQueue } from '@/lib/withdrawals/withdrawal-queue';
import { parseQueueQuery } from '@/lib/withdrawals/withdrawal-queue-query';
import { approveWithdrawalAction, holdWithdrawalAction, rejectWithdrawalAction } from './actions';

const PAGE_SIZE = 100;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('payoutsAdmin.queue.metaTitle') };
}

export default async function AdminWithdrawalsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const viewer = await requireStaff('/admin/withdrawals');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const query = parseQueueQuery(params);
  const items = await withdrawalQueue(db, { ...query.filter, limit: PAGE_SIZE });
  const fourEyes = formatMoney(
    { amountMinor: reviewConfig().secondApprovalFromMinor, currency: 'EUR' },
    intlLocale[locale],
  );
  return (
    <>
      <AdminPageTitle
        title={t('payoutsAdmin.queue.title')}
        intro={t('payoutsAdmin.queue.intro', { amount: fourEyes })}
      />
      <WithdrawalFilters query={query} t={t} />
      <Card as="section" aria-label={t('payoutsAdmin.queue.listLabel')} className="flex flex-col gap-4">
        {items.length === PAGE_SIZE ? (
          <p className="text-sm text-slate-600">{t('payoutsAdmin.queue.limited', { count: PAGE_SIZE })}</p>
        ) : null}
        {items.length > 0 ? (
          <WithdrawalQueueList
            items={items}
            viewerId={viewer.id}
            approve={approveWithdrawalAction}
            hold={holdWithdrawalAction}
            reject={rejectWithdrawalAction}
            locale={locale}
            t={t}
          />
        ) : (
          <p className="text-slate-600">{t('payoutsAdmin.queue.empty')}</p>
        )}
      </Card>
    </>
  );
}

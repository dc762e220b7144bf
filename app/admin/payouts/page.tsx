// GET /admin/payouts: payout batches, and a new batch from approved withdrawals of one method (ops, admin).
import type { Metadata } from 'next';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { PayoutBatchCreate } from '@/components/admin/payout-batch-create';
import { PayoutBatchList } from '@/components/admin/payout-batch-list';
import { PayoutMethodPicker } from '@/components/admin/payout-method-picker';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { type PayoutMethodKind, payoutMethodKind } from '@/db/schema';
import { first, type RawParams } from '@/lib/admin/url-state';
import { requireStaff } from '@/lib/auth/current-user';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { payoutBatchList, selectableWithdrawals } from '@/lib/withdrawals/payout-batch-views';
import { createBatchAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('payoutsAdmin.batches.metaTitle') };
}

export default async function AdminPayoutsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requireStaff('/admin/payouts');
  const [{ t, locale }, db, params] = await Promise.all([getTranslator(), getDb(), searchParams]);
  const raw = first(params, 'method');
  const method: PayoutMethodKind = (payoutMethodKind.enumValues as readonly string[]).includes(raw ?? '')
    ? (raw as PayoutMethodKind)
    : 'sepa';
  const [batches, selectable] = await Promise.all([payoutBatchList(db), selectableWithdrawals(db, method)]);
  return (
    <>
      <AdminPageTitle title={t('payoutsAdmin.batches.title')} intro={t('payoutsAdmin.batches.intro')} />
      <Card as="section" aria-labelledby="approved-title" className="flex flex-col gap-4">
        <h2 id="approved-title" className="text-lg font-bold">
          {t('payoutsAdmin.batches.approvedTitle')}
        </h2>
        <PayoutMethodPicker method={method} t={t} />
        {selectable.length > 0 ? (
          <PayoutBatchCreate
            method={method}
            items={selectable.map((item) => ({
              id: item.id,
              amount: formatMoney(
                { amountMinor: item.amountMinor, currency: item.currency },
                intlLocale[locale],
              ),
              memberEmail: item.memberEmail,
              destinationLabel: item.destinationLabel,
            }))}
            action={createBatchAction}
            labels={{ create: t('payoutsAdmin.batches.create') }}
          />
        ) : (
          <p className="text-slate-600">{t('payoutsAdmin.batches.noApproved')}</p>
        )}
      </Card>
      <Card as="section" aria-labelledby="batches-title" className="flex flex-col gap-4">
        <h2 id="batches-title" className="text-lg font-bold">
          {t('payoutsAdmin.batches.listTitle')}
        </h2>
        <PayoutBatchList batches={batches} locale={locale} t={t} />
      </Card>
    </>
  );
}

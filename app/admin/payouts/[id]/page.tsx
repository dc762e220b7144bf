// GET /admin/payouts/[id]: one payout batch: its file, its settlement, and each withdrawal's outcome (ops, admin).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { BackLink } from '@/components/admin/back-link';
import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import { PayoutBatchItems } from '@/components/admin/payout-batch-items';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireStaff } from '@/lib/auth/current-user';
import { intlLocale } from '@/lib/i18n/config';
import { getTranslator } from '@/lib/i18n/server';
import { formatMoney } from '@/lib/money';
import { payoutBatchDetail } from '@/lib/withdrawals/payout-batch-views';
import {
  markBatchPaidAction,
  markItemPaidAction,
  markItemReturnedAction,
  settleInternalAction,
  submitPaypalAction,
} from './actions';

type Props = { params: Promise<{ id: string }> };

const batchIdOf = (id: string) => (/^\d{1,9}$/.test(id) ? Number(id) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { id }] = await Promise.all([getTranslator(), params]);
  return { title: t('payoutsAdmin.batch.metaTitle', { id }) };
}

export default async function AdminPayoutBatchPage({ params }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/payouts/${id}`);
  const batchId = batchIdOf(id);
  if (batchId === null) notFound();
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const found = await payoutBatchDetail(db, batchId);
  if (!found) notFound();
  const { batch, items } = found;
  const open = batch.status !== 'settled';
  const hidden = { batchId: String(batch.id) };
  return (
    <>
      <AdminPageTitle
        above={<BackLink href="/admin/payouts" label={t('payoutsAdmin.batch.back')} />}
        title={t('payoutsAdmin.batch.title', {
          id: batch.id,
          method: t(`withdrawals.kinds.${batch.method}`),
        })}
        intro={`${t(`payoutsAdmin.batches.statuses.${batch.status}`)} · ${batch.itemCount} · ${formatMoney({ amountMinor: batch.totalMinor, currency: batch.currency }, intlLocale[locale])}`}
      />
      <Card as="section" className="flex flex-col gap-3">
        <p className="text-sm text-slate-600">
          {t('payoutsAdmin.batch.key')} <code>{batch.idempotencyKey}</code>
          {batch.fileName ? ` · ${t('payoutsAdmin.batch.file')} ${batch.fileName}` : null}
        </p>
        <div className="flex flex-wrap items-start gap-3">
          {batch.method === 'sepa' || batch.method === 'paypal' ? (
            <a
              className={buttonClassName({ variant: 'secondary', size: 'sm' })}
              href={`/admin/payouts/${batch.id}/file`}
              download
            >
              {t(
                batch.method === 'sepa'
                  ? 'payoutsAdmin.batch.downloadSepa'
                  : 'payoutsAdmin.batch.downloadCsv',
              )}
            </a>
          ) : null}
          {open && batch.method === 'paypal' ? (
            <InlineActionForm
              action={submitPaypalAction}
              hidden={hidden}
              submitLabel={t('payoutsAdmin.batch.submitPaypal')}
            />
          ) : null}
          {open && (batch.method === 'charity' || batch.method === 'gift_card') ? (
            <InlineActionForm
              action={settleInternalAction}
              hidden={hidden}
              submitLabel={t('payoutsAdmin.batch.settleInternal')}
            />
          ) : null}
          {open && (batch.method === 'sepa' || batch.method === 'paypal') ? (
            <InlineActionForm
              action={markBatchPaidAction}
              hidden={hidden}
              submitLabel={t('payoutsAdmin.batch.markAllPaid')}
            />
          ) : null}
        </div>
      </Card>
      <Card as="section" aria-labelledby="items-title" className="flex flex-col gap-4">
        <h2 id="items-title" className="text-lg font-bold">
          {t('payoutsAdmin.batch.itemsTitle')}
        </h2>
        <PayoutBatchItems
          batchId={batch.id}
          items={items}
          markPaid={markItemPaidAction}
          markReturned={markItemReturnedAction}
          locale={locale}
          t={t}
        />
      </Card>
    </>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountPage } from '@/components/account/account-page';
import { CashbackDetail } from '@/components/account/cashback-detail';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { memberPurchase } from '@/lib/cashback/member-purchase';
import { getTranslator } from '@/lib/i18n/server';

// One of the member's purchases: its cashback, the explanation, the predicted
// date and the timeline since the click. Another member's purchase, or
// anything that is not a purchase id, is the plain 404 page.

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.cashback.detail.metaTitle'), robots: { index: false } };
}

export default async function CashbackDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser('/account/cashback');
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const purchase = await memberPurchase(db, { userId: user.id, conversionId: id });
  if (!purchase) notFound();
  const store = purchase.merchant?.name ?? t('accountSpace.cashback.unknownStore');
  return (
    <AccountPage title={t('accountSpace.cashback.detail.title', { store })}>
      <CashbackDetail purchase={purchase} locale={locale} t={t} />
    </AccountPage>
  );
}

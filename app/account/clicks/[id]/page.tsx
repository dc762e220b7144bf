import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AccountPage } from '@/components/account/account-page';
import { ClickDetail } from '@/components/account/click-detail';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { getMemberClick } from '@/lib/tracking/member-clicks';

// One of the member's clicks with everything it captured. Another member's
// click id, or anything that is not a click id, is the plain 404 page.

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.clicks.detail.metaTitle'), robots: { index: false } };
}

export default async function ClickDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser('/account/clicks');
  const [{ t, locale }, db] = await Promise.all([getTranslator(), getDb()]);
  const click = await getMemberClick(db, { userId: user.id, clickId: id });
  if (!click) notFound();
  return (
    <AccountPage title={t('accountSpace.clicks.detail.title', { store: click.merchant.name })}>
      <ClickDetail click={click} locale={locale} t={t} />
    </AccountPage>
  );
}

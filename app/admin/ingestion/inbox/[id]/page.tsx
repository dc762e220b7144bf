// GET /admin/ingestion/inbox/[id]: one stored request as received (text), its events and their outcomes; replay (ops and admins).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminPageTitle } from '@/components/admin/admin-page-title';
import { BackLink } from '@/components/admin/back-link';
import { InboxFacts } from '@/components/admin/ingestion/inbox-facts';
import { InlineActionForm } from '@/components/admin/ingestion/inline-action-form';
import { RawRequest } from '@/components/admin/ingestion/raw-request';
import { RecordedEvents } from '@/components/admin/ingestion/recorded-events';
import { getDb } from '@/db/client';
import { inboxEventDetail } from '@/lib/admin/ingestion-inbox-detail';
import { requireStaff } from '@/lib/auth/current-user';
import { isReplayable } from '@/lib/conversions/replay-inbox';
import { getTranslator } from '@/lib/i18n/server';
import { replayInboxAction } from '../../actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
  return { title: t('admin.ingestion.detail.metaTitle', { id: id.slice(0, 20) }) };
}

export default async function AdminInboxEventPage({ params }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/ingestion/inbox/${encodeURIComponent(id)}`);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  // A malformed or unknown id is a 404, never a SQL error.
  const detail = await inboxEventDetail(db, id);
  if (!detail) notFound();
  return (
    <>
      <AdminPageTitle
        above={<BackLink href="/admin/ingestion" label={t('admin.ingestion.detail.back')} />}
        title={t('admin.ingestion.detail.title', { id: detail.id })}
      />
      <InlineActionForm
        action={replayInboxAction}
        hidden={{ inboxEventId: String(detail.id) }}
        submitLabel={t('admin.ingestion.replay.button')}
        enabled={isReplayable(detail)}
        label={`${t('admin.ingestion.replay.button')} #${detail.id}`}
        className="max-w-2xl"
      />
      <div className="grid gap-6 2xl:grid-cols-2">
        <InboxFacts detail={detail} locale={locale} t={t} />
        <RawRequest detail={detail} t={t} />
      </div>
      <RecordedEvents detail={detail} locale={locale} t={t} />
    </>
  );
}

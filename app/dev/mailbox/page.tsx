// GET /dev/mailbox: the e-mails kept instead of sent (no SMTP), newest first; never on a production site.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MailboxList } from '@/components/notifications/mailbox-list';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/server';
import { listMailbox } from '@/lib/notifications/mailbox';
import { mailboxEnabled } from '@/lib/notifications/mailbox-enabled';

export const dynamic = 'force-dynamic';

const LIMIT = 100;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('mailbox.metaTitle'), robots: { index: false, follow: false } };
}

export default async function MailboxPage() {
  if (!mailboxEnabled(env())) notFound();
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const emails = await listMailbox(db, { limit: LIMIT });
  return (
    <Container className="pb-16">
      <PageHeader
        title={t('mailbox.title')}
        description={<p className="text-base">{t('mailbox.intro')}</p>}
      />
      <MailboxList emails={emails} locale={locale} t={t} />
    </Container>
  );
}

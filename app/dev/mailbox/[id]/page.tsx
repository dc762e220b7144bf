// GET /dev/mailbox/[id]: one kept e-mail (text, sandboxed HTML, its links); never on a production site.
import { ArrowLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MailboxEmailView } from '@/components/notifications/mailbox-email';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { getTranslator } from '@/lib/i18n/server';
import { getMailboxEmail } from '@/lib/notifications/mailbox';
import { mailboxEnabled } from '@/lib/notifications/mailbox-enabled';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!mailboxEnabled(env()) || !/^[1-9]\d{0,14}$/.test(id)) return null;
  return getMailboxEmail(await getDb(), Number(id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getTranslator()]);
  return { title: t('mailbox.emailMetaTitle', { id }), robots: { index: false, follow: false } };
}

export default async function MailboxEmailPage({ params }: Props) {
  const [{ id }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const email = await load(id);
  if (!email) notFound();
  return (
    <Container size="narrow" className="pb-16">
      <Link
        href="/dev/mailbox"
        className="mt-6 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-brand-800 hover:underline"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('mailbox.back')}
      </Link>
      <PageHeader
        eyebrow={t('mailbox.emailMetaTitle', { id })}
        title={email.subject}
        className="pt-4 sm:pt-6"
      />
      <MailboxEmailView email={email} locale={locale} t={t} />
    </Container>
  );
}

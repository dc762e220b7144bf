import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import type { MailboxEntry } from '@/lib/notifications/mailbox';
import { EmailStatusBadge } from './email-status-badge';

type Props = { emails: MailboxEntry[]; locale: Locale; t: Translator };

/** The dev mailbox's index: one row per e-mail, newest first, each opening the e-mail. */
export function MailboxList({ emails, locale, t }: Props) {
  if (emails.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{t('mailbox.empty')}</p>
      </Card>
    );
  }
  return (
    <Card padding="none">
      <p className="border-b border-slate-200 px-5 py-3 text-sm text-slate-600">
        {t('mailbox.showing', { count: emails.length })}
      </p>
      <ul aria-label={t('mailbox.listLabel')} className="divide-y divide-slate-200">
        {emails.map((email) => (
          <li key={email.id}>
            <Link
              href={`/dev/mailbox/${email.id}`}
              className="grid gap-2 px-5 py-4 hover:bg-brand-50 focus-visible:bg-brand-50 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center sm:gap-6"
            >
              <span className="min-w-0">
                <span className="block truncate font-semibold text-slate-950">{email.subject}</span>
                <span className="block truncate text-sm text-slate-600">{email.toAddress}</span>
              </span>
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 sm:justify-end">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{email.template}</code>
                <span>{email.locale.toUpperCase()}</span>
                <time dateTime={email.createdAt.toISOString()}>
                  {formatDateTime(email.createdAt, locale)}
                </time>
                <EmailStatusBadge status={email.status} t={t} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import type { MailboxEmail } from '@/lib/notifications/mailbox';
import { EmailStatusBadge } from './email-status-badge';

type Props = { email: MailboxEmail; locale: Locale; t: Translator };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/**
 * One stored e-mail. The HTML is shown in an iframe with an empty `sandbox`:
 * no scripts, no forms, no same-origin access, whatever the body contains.
 * Links inside it cannot reach the top page, so the text's links are listed
 * as ordinary links (what Playwright clicks to verify an address).
 */
export function MailboxEmailView({ email, locale, t }: Props) {
  const fields: Array<[string, ReactNode]> = [
    [t('mailbox.fields.to'), email.toAddress],
    [t('mailbox.fields.template'), <code key="template">{email.template}</code>],
    [t('mailbox.fields.locale'), email.locale.toUpperCase()],
    [
      t('mailbox.fields.createdAt'),
      <time key="time" dateTime={email.createdAt.toISOString()}>
        {formatDateTime(email.createdAt, locale)}
      </time>,
    ],
    [t('mailbox.fields.status'), <EmailStatusBadge key="status" status={email.status} t={t} />],
  ];
  return (
    <div className="grid gap-6">
      <Card>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-950">{label}</dt>
              <dd className="mb-2 break-words text-slate-700 sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Section id="links" title={t('mailbox.links')}>
        {email.links.length === 0 ? (
          <p className="text-slate-600">{t('mailbox.noLinks')}</p>
        ) : (
          <ul className="grid gap-2">
            {email.links.map((link) => (
              <li key={link}>
                <a href={link} className="break-all text-brand-700 underline hover:text-brand-900">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="text" title={t('mailbox.text')}>
        <pre className="overflow-x-auto font-mono text-sm break-words whitespace-pre-wrap text-slate-800">
          {email.textBody}
        </pre>
      </Section>
      <Section id="html" title={t('mailbox.html')}>
        <iframe
          title={t('mailbox.htmlFrameTitle')}
          srcDoc={email.htmlBody}
          sandbox=""
          className="h-[40rem] w-full rounded-lg border border-slate-200 bg-white"
        />
      </Section>
    </div>
  );
}

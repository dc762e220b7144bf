import Link from 'next/link';
import type { AuditLogEntry } from '@/lib/admin/audit-log';
import { auditHref } from '@/lib/admin/list-query';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { AuditList } from './audit-list';

type Props = { userId: string; entries: AuditLogEntry[]; locale: Locale; t: Translator };

/** The newest audit entries about one account, with the way to the whole history. */
export function UserHistory({ userId, entries, locale, t }: Props) {
  return (
    <section aria-labelledby="history-title" className="flex flex-col gap-3">
      <h2 id="history-title" className="text-lg font-bold">
        {t('admin.user.history')}
      </h2>
      <p className="text-sm text-slate-600">{t('admin.user.historyIntro')}</p>
      <AuditList entries={entries} locale={locale} t={t} showTarget={false} />
      <Link
        href={auditHref({ action: null, target: userId })}
        className="text-sm font-semibold text-brand-700 hover:underline"
      >
        {t('admin.user.historyAll')}
      </Link>
    </section>
  );
}

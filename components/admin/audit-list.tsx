import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { AuditLogEntry, AuditPerson } from '@/lib/admin/audit-log';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { AdminTime } from './admin-time';
import { auditSummary } from './audit-summary';

type Props = {
  entries: AuditLogEntry[];
  locale: Locale;
  t: Translator;
  /** On an account's own page every entry is about that account: no need to repeat it. */
  showTarget?: boolean;
  empty?: string;
};

function Person({ person, t }: { person: AuditPerson | null; t: Translator }) {
  if (!person) return <span className="font-medium text-slate-800">{t('admin.common.system')}</span>;
  return (
    <Link href={`/admin/users/${person.id}`} className="font-medium text-brand-700 hover:underline">
      {person.deleted ? t('admin.common.anonymised') : person.name}
      {person.deleted ? null : <span className="font-normal text-slate-600"> ({person.email})</span>}
    </Link>
  );
}

/** Audit entries, newest first: what happened as a sentence, then who, for whom, when and from where. */
export function AuditList({ entries, locale, t, showTarget = true, empty }: Props) {
  if (entries.length === 0) {
    return (
      <Card>
        <p className="text-slate-600">{empty ?? t('admin.audit.empty')}</p>
      </Card>
    );
  }
  const now = new Date();
  return (
    <Card padding="none">
      <ol aria-label={t('admin.audit.listLabel')} className="divide-y divide-slate-200">
        {entries.map((entry) => {
          const summary = auditSummary(entry, t);
          return (
            <li key={entry.id} className="flex flex-col gap-1.5 px-5 py-4" data-action={entry.action}>
              <p className="font-semibold text-slate-950">{summary.title}</p>
              {summary.details.map((detail) => (
                <p key={detail} className="text-sm break-words text-slate-700">
                  {detail}
                </p>
              ))}
              <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
                <span>
                  {t('admin.audit.by')} <Person person={entry.actor} t={t} />
                </span>
                {showTarget && entry.target ? (
                  <span>
                    {t('admin.audit.about')} <Person person={entry.target} t={t} />
                  </span>
                ) : null}
                <AdminTime at={entry.createdAt} locale={locale} now={now} />
                {entry.ip ? (
                  <span className="font-mono text-xs leading-5">{t('admin.audit.ip', { ip: entry.ip })}</span>
                ) : (
                  <span>{t('admin.audit.noIp')}</span>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

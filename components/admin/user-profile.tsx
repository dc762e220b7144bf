import { Card } from '@/components/ui/card';
import type { UserDetail } from '@/lib/admin/user-detail';
import type { Locale } from '@/lib/i18n/config';
import { formatDate } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';

type Props = { detail: UserDetail; locale: Locale; t: Translator };

/** One account's facts as staff need them; nothing secret (no hash, no session ids). */
export function UserProfile({ detail, locale, t }: Props) {
  const { user, sessions } = detail;
  const rows: [string, string][] = [
    [t('admin.user.name'), user.deletedAt ? t('admin.common.anonymised') : user.name],
    [t('admin.user.email'), user.email],
    [t('admin.user.id'), user.id],
    [t('admin.user.locale'), t(`language.${user.locale}`)],
    [
      t('admin.user.verification'),
      user.emailVerifiedAt
        ? t('admin.user.verifiedOn', { date: formatDate(user.emailVerifiedAt, locale) })
        : t('admin.user.notVerified'),
    ],
    [t('admin.user.password'), user.hasPassword ? t('admin.user.passwordSet') : t('admin.user.passwordNone')],
    [t('admin.user.createdAt'), formatDate(user.createdAt, locale)],
    ...(user.deletedAt
      ? [[t('admin.user.deletedAt'), formatDate(user.deletedAt, locale)] as [string, string]]
      : []),
    [t('admin.user.activeSessions'), String(sessions.active)],
    [t('admin.user.totalSessions'), String(sessions.total)],
  ];
  return (
    <Card as="section" aria-labelledby="profile-title" className="flex flex-col gap-4">
      <h2 id="profile-title" className="text-lg font-bold">
        {t('admin.user.profile')}
      </h2>
      {user.deletedAt ? (
        <p className="rounded-xl border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
          {t('admin.user.deletedNotice')}
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-slate-600">{label}</dt>
            <dd className="mb-2 break-all text-slate-900 sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

import { TriangleAlert } from 'lucide-react';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { AdminOverview } from '@/lib/admin/overview';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';

type Stat = { label: string; value: number; href?: string };

function StatGroup({ title, stats, locale }: { title: string; stats: Stat[]; locale: Locale }) {
  const number = new Intl.NumberFormat(intlLocale[locale]);
  return (
    <Card as="section" aria-label={title} className="flex flex-col gap-4">
      <h2 className="text-lg font-bold">{title}</h2>
      <dl className="grid grid-cols-2 gap-4">
        {stats.map((stat) => (
          <div key={stat.label} className="flex flex-col-reverse gap-1">
            <dt className="text-sm text-slate-600">{stat.label}</dt>
            <dd className="text-2xl font-bold text-slate-950 tabular-nums">
              {stat.href ? (
                <Link href={stat.href} className="hover:text-brand-700 hover:underline">
                  {number.format(stat.value)}
                </Link>
              ) : (
                number.format(stat.value)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** The overview's figures, grouped; each count of accounts opens the matching list. */
export function OverviewStats({
  overview,
  locale,
  t,
}: {
  overview: AdminOverview;
  locale: Locale;
  t: Translator;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2 2xl:grid-cols-3">
      <StatGroup
        title={t('admin.overview.accounts')}
        locale={locale}
        stats={[
          { label: t('admin.overview.members'), value: overview.members, href: '/admin/users?role=member' },
          { label: t('admin.overview.verifiedMembers'), value: overview.verifiedMembers },
          { label: t('admin.overview.signUps'), value: overview.signUpsRecent },
          { label: t('admin.overview.deletedAccounts'), value: overview.deletedAccounts },
        ]}
      />
      <StatGroup
        title={t('admin.overview.staff')}
        locale={locale}
        stats={[
          { label: t('admin.overview.ops'), value: overview.staff.ops, href: '/admin/users?role=ops' },
          { label: t('admin.overview.admins'), value: overview.staff.admin, href: '/admin/users?role=admin' },
        ]}
      />
      <div className="flex flex-col gap-3">
        <StatGroup
          title={t('admin.overview.emails')}
          locale={locale}
          stats={[
            { label: t('admin.overview.emailsPending'), value: overview.emails.pending },
            { label: t('admin.overview.emailsFailed'), value: overview.emails.failed },
          ]}
        />
        {overview.emails.failed > 0 ? (
          <p className="flex gap-2 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t('admin.overview.emailsFailedHint')}
          </p>
        ) : null}
      </div>
    </div>
  );
}

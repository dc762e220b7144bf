import Link from 'next/link';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';
import { MEMBER_STATUSES, statusLabel } from './cashback-status';

/** What each member-side status means, in the order a purchase goes through them. */
export function CashbackLegend({ t }: { t: Translator }) {
  return (
    <AccountSection id="statuses" title={t('accountSpace.cashback.legend.title')}>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {MEMBER_STATUSES.map((status) => (
          <div key={status} className="contents">
            <dt className="font-semibold text-slate-900">{statusLabel(status, t)}</dt>
            <dd className="text-slate-700">{t(`accountSpace.cashback.legend.${status}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-600">
        {t('accountSpace.cashback.legend.claim')}{' '}
        <Link href="/account/clicks" className="font-semibold text-brand-700 hover:underline">
          {t('accountSpace.nav.clicks')}
        </Link>
      </p>
    </AccountSection>
  );
}

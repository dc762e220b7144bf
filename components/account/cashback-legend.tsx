import Link from 'next/link';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';
import { STATUS_LEGEND, statusLabel } from './cashback-status';

// What each status means to the member, with the usual delays. Declined and
// void share the word « Annulé », so they share one entry.

const SAMPLE = { pending: 'pending', approved: 'approved', paid: 'paid', cancelled: 'declined' } as const;

export function CashbackLegend({ t }: { t: Translator }) {
  return (
    <AccountSection id="statuses" title={t('accountSpace.cashback.legend.title')}>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {STATUS_LEGEND.map((key) => (
          <div key={key} className="contents">
            <dt className="font-semibold text-slate-900">{statusLabel(SAMPLE[key], t)}</dt>
            <dd className="text-slate-700">{t(`accountSpace.cashback.legend.${key}`)}</dd>
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

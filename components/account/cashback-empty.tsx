import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

export type CashbackEmptyReason = 'none' | 'stale' | 'filtered';

/** No purchase to show: none yet (when they show up, and where to go meanwhile), a stale page link, or filters that match nothing. */
export function CashbackEmpty({ t, reason }: { t: Translator; reason: CashbackEmptyReason }) {
  const title =
    reason === 'stale'
      ? t('accountSpace.cashback.empty.stale')
      : reason === 'filtered'
        ? t('accountSpace.cashback.filters.noMatch')
        : t('accountSpace.cashback.empty.title');
  return (
    <Card as="section" padding="lg" aria-labelledby="cashback-empty-title" className="flex flex-col gap-3">
      <h2 id="cashback-empty-title" className="text-xl font-bold">
        {title}
      </h2>
      {reason === 'none' ? (
        <>
          <p className="text-slate-700">{t('accountSpace.cashback.empty.body')}</p>
          <p className="text-sm text-slate-600">{t('accountSpace.cashback.empty.missing')}</p>
        </>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {reason === 'stale' ? (
          <LinkButton href="/account/cashback" variant="secondary">
            {t('accountSpace.cashback.pagination.newest')}
          </LinkButton>
        ) : null}
        {reason === 'filtered' ? (
          <LinkButton href="/account/cashback" variant="secondary">
            {t('accountSpace.cashback.filters.reset')}
          </LinkButton>
        ) : (
          <>
            <LinkButton href="/account/clicks" variant="secondary">
              {t('accountSpace.cashback.empty.clicks')}
            </LinkButton>
            <LinkButton href="/stores">{t('accountSpace.cashback.empty.browse')}</LinkButton>
          </>
        )}
      </div>
    </Card>
  );
}

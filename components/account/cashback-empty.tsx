import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

/** No tracked purchase yet (or a stale page link): when purchases show up, and where to go meanwhile. */
export function CashbackEmpty({ t, stale }: { t: Translator; stale: boolean }) {
  return (
    <Card as="section" padding="lg" aria-labelledby="cashback-empty-title" className="flex flex-col gap-3">
      <h2 id="cashback-empty-title" className="text-xl font-bold">
        {stale ? t('accountSpace.cashback.empty.stale') : t('accountSpace.cashback.empty.title')}
      </h2>
      {stale ? null : (
        <>
          <p className="text-slate-700">{t('accountSpace.cashback.empty.body')}</p>
          <p className="text-sm text-slate-600">{t('accountSpace.cashback.empty.missing')}</p>
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {stale ? (
          <LinkButton href="/account/cashback" variant="secondary">
            {t('accountSpace.cashback.pagination.newest')}
          </LinkButton>
        ) : null}
        <LinkButton href="/account/clicks" variant="secondary">
          {t('accountSpace.cashback.empty.clicks')}
        </LinkButton>
        <LinkButton href="/stores">{t('accountSpace.cashback.empty.browse')}</LinkButton>
      </div>
    </Card>
  );
}

import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

/** No line yet (or a stale page link): what will show up here, and the way to the stores. */
export function StatementEmpty({ t, stale }: { t: Translator; stale: boolean }) {
  return (
    <Card as="section" padding="lg" aria-labelledby="statement-empty-title" className="flex flex-col gap-3">
      <h2 id="statement-empty-title" className="text-xl font-bold">
        {stale ? t('accountSpace.statement.empty.stale') : t('accountSpace.statement.empty.title')}
      </h2>
      {stale ? null : <p className="text-slate-700">{t('accountSpace.statement.empty.body')}</p>}
      <div className="flex flex-wrap gap-3">
        {stale ? (
          <LinkButton href="/account/statement" variant="secondary">
            {t('accountSpace.statement.pagination.newest')}
          </LinkButton>
        ) : (
          <LinkButton href="/stores">{t('accountSpace.cashback.empty.browse')}</LinkButton>
        )}
      </div>
    </Card>
  );
}

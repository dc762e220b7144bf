import { LinkButton } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

/** No clicks yet (or a stale page link): where clicks come from, and the way to the stores. */
export function ClickEmpty({ t, stale }: { t: Translator; stale: boolean }) {
  return (
    <Card as="section" padding="lg" aria-labelledby="clicks-empty-title" className="flex flex-col gap-3">
      <h2 id="clicks-empty-title" className="text-xl font-bold">
        {stale ? t('accountSpace.clicks.empty.stale') : t('accountSpace.clicks.empty.title')}
      </h2>
      {stale ? null : <p className="text-slate-700">{t('accountSpace.clicks.empty.body')}</p>}
      <div className="flex flex-wrap gap-3">
        {stale ? (
          <LinkButton href="/account/clicks" variant="secondary">
            {t('accountSpace.clicks.pagination.newest')}
          </LinkButton>
        ) : null}
        <LinkButton href="/stores">{t('accountSpace.clicks.empty.browse')}</LinkButton>
      </div>
    </Card>
  );
}

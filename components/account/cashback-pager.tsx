import { ChevronLeft, ChevronRight } from 'lucide-react';
import { LinkButton } from '@/components/ui/button';
import type { KeysetPage } from '@/lib/admin/keyset';
import type { Translator } from '@/lib/i18n/translate';

const BASE = '/account/cashback';

/** Newest / newer / older links for "My cashback": `?after=<id>` pages back in time, `?before=<id>` forward. */
export function CashbackPager({ page, t }: { page: KeysetPage<unknown>; t: Translator }) {
  if (!page.newer && !page.older) return null;
  return (
    <nav
      aria-label={t('accountSpace.cashback.pagination.label')}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <div className="flex flex-wrap gap-2">
        {page.newer ? (
          <>
            <LinkButton href={BASE} variant="ghost" size="sm">
              {t('accountSpace.cashback.pagination.newest')}
            </LinkButton>
            <LinkButton href={`${BASE}?before=${page.newer}`} variant="secondary" size="sm" rel="prev">
              <ChevronLeft aria-hidden="true" className="size-4" />
              {t('accountSpace.cashback.pagination.newer')}
            </LinkButton>
          </>
        ) : null}
      </div>
      {page.older ? (
        <LinkButton href={`${BASE}?after=${page.older}`} variant="secondary" size="sm" rel="next">
          {t('accountSpace.cashback.pagination.older')}
          <ChevronRight aria-hidden="true" className="size-4" />
        </LinkButton>
      ) : null}
    </nav>
  );
}

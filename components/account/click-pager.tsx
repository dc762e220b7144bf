import { ChevronLeft, ChevronRight } from 'lucide-react';
import { LinkButton } from '@/components/ui/button';
import type { KeysetPage } from '@/lib/admin/keyset';
import type { Translator } from '@/lib/i18n/translate';

const BASE = '/account/clicks';

/** Newest / newer / older links for "My clicks": `?after=<id>` pages back in time, `?before=<id>` forward. */
export function ClickPager({ page, t }: { page: KeysetPage<unknown>; t: Translator }) {
  if (!page.newer && !page.older) return null;
  return (
    <nav
      aria-label={t('accountSpace.clicks.pagination.label')}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <div className="flex flex-wrap gap-2">
        {page.newer ? (
          <>
            <LinkButton href={BASE} variant="ghost" size="sm">
              {t('accountSpace.clicks.pagination.newest')}
            </LinkButton>
            <LinkButton href={`${BASE}?before=${page.newer}`} variant="secondary" size="sm" rel="prev">
              <ChevronLeft aria-hidden="true" className="size-4" />
              {t('accountSpace.clicks.pagination.newer')}
            </LinkButton>
          </>
        ) : null}
      </div>
      {page.older ? (
        <LinkButton href={`${BASE}?after=${page.older}`} variant="secondary" size="sm" rel="next">
          {t('accountSpace.clicks.pagination.older')}
          <ChevronRight aria-hidden="true" className="size-4" />
        </LinkButton>
      ) : null}
    </nav>
  );
}

import { ChevronLeft, ChevronRight } from 'lucide-react';
import { LinkButton } from '@/components/ui/button';
import type { KeysetPage, PageCursor } from '@/lib/admin/keyset';
import type { Translator } from '@/lib/i18n/translate';

type Props = { page: KeysetPage<unknown>; hrefFor: (cursor: PageCursor | null) => string; t: Translator };

/** Newer / older links for a keyset-paged list (no page numbers: the list moves while one reads it). */
export function KeysetNav({ page, hrefFor, t }: Props) {
  if (!page.newer && !page.older) return null;
  return (
    <nav
      aria-label={t('admin.pagination.label')}
      className="flex flex-wrap items-center justify-between gap-3"
    >
      <div className="flex flex-wrap gap-2">
        {page.newer ? (
          <>
            <LinkButton href={hrefFor(null)} variant="ghost" size="sm">
              {t('admin.pagination.first')}
            </LinkButton>
            <LinkButton
              href={hrefFor({ direction: 'newer', id: page.newer })}
              variant="secondary"
              size="sm"
              rel="prev"
            >
              <ChevronLeft aria-hidden="true" className="size-4" />
              {t('admin.pagination.newer')}
            </LinkButton>
          </>
        ) : null}
      </div>
      {page.older ? (
        <LinkButton
          href={hrefFor({ direction: 'older', id: page.older })}
          variant="secondary"
          size="sm"
          rel="next"
        >
          {t('admin.pagination.older')}
          <ChevronRight aria-hidden="true" className="size-4" />
        </LinkButton>
      ) : null}
    </nav>
  );
}

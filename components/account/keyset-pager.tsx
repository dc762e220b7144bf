import { ChevronLeft, ChevronRight } from 'lucide-react';
import { LinkButton } from '@/components/ui/button';
import type { KeysetPage } from '@/lib/admin/keyset';

/** Newest / newer / older links for an account list: `?after=<id>` pages back in time, `?before=<id>` forward. */
export function KeysetPager({
  page,
  basePath,
  labels,
}: {
  page: KeysetPage<unknown>;
  basePath: string;
  labels: { label: string; newest: string; newer: string; older: string };
}) {
  if (!page.newer && !page.older) return null;
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap gap-2">
        {page.newer ? (
          <>
            <LinkButton href={basePath} variant="ghost" size="sm">
              {labels.newest}
            </LinkButton>
            <LinkButton href={`${basePath}?before=${page.newer}`} variant="secondary" size="sm" rel="prev">
              <ChevronLeft aria-hidden="true" className="size-4" />
              {labels.newer}
            </LinkButton>
          </>
        ) : null}
      </div>
      {page.older ? (
        <LinkButton href={`${basePath}?after=${page.older}`} variant="secondary" size="sm" rel="next">
          {labels.older}
          <ChevronRight aria-hidden="true" className="size-4" />
        </LinkButton>
      ) : null}
    </nav>
  );
}

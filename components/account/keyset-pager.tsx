import { ChevronLeft, ChevronRight } from 'lucide-react';
import { LinkButton } from '@/components/ui/button';
import type { KeysetPage } from '@/lib/admin/keyset';

/**
 * Newest / newer / older links for an account list: `?after=<id>` pages back
 * in time, `?before=<id>` forward. `params` (a list's filters) are kept on
 * every link.
 */
export function KeysetPager({
  page,
  basePath,
  params = {},
  labels,
}: {
  page: KeysetPage<unknown>;
  basePath: string;
  params?: Record<string, string | null | undefined>;
  labels: { label: string; newest: string; newer: string; older: string };
}) {
  if (!page.newer && !page.older) return null;
  const href = (cursor?: Record<string, string>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, ...cursor })) if (value) search.set(key, value);
    const text = search.toString();
    return text ? `${basePath}?${text}` : basePath;
  };
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap gap-2">
        {page.newer ? (
          <>
            <LinkButton href={href()} variant="ghost" size="sm">
              {labels.newest}
            </LinkButton>
            <LinkButton href={href({ before: page.newer })} variant="secondary" size="sm" rel="prev">
              <ChevronLeft aria-hidden="true" className="size-4" />
              {labels.newer}
            </LinkButton>
          </>
        ) : null}
      </div>
      {page.older ? (
        <LinkButton href={href({ after: page.older })} variant="secondary" size="sm" rel="next">
          {labels.older}
          <ChevronRight aria-hidden="true" className="size-4" />
        </LinkButton>
      ) : null}
    </nav>
  );
}

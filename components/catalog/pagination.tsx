import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { classNames } from '@/components/ui/class-names';
import type { Translator } from '@/lib/i18n/translate';

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string; t: Translator };

/** Pages around the current one, with the first and last always reachable. */
export function pageWindow(page: number, pageCount: number, radius = 2): (number | 'gap')[] {
  const pages = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    // An ellipsis standing for a single page would save nothing: show the page.
    if (typeof last === 'number' && p - last === 2) out.push(last + 1);
    else if (typeof last === 'number' && p - last > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

const item = 'inline-flex h-10 min-w-10 items-center justify-center rounded-full px-3 text-sm font-medium';

export function Pagination({ page, pageCount, hrefFor, t }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('catalog.pagination.label')} className="flex flex-col items-center gap-3">
      <p className="text-sm text-slate-600">{t('catalog.pagination.pageOf', { page, total: pageCount })}</p>
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link
              href={hrefFor(page - 1)}
              rel="prev"
              aria-label={t('catalog.pagination.previousLabel')}
              className={classNames(item, 'hover:bg-slate-100')}
            >
              <ChevronLeft aria-hidden="true" className="size-4" />
              <span className="hidden sm:inline">{t('catalog.pagination.previous')}</span>
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i, all) =>
          p === 'gap' ? (
            <li key={`gap-after-${all[i - 1]}`} aria-hidden="true" className="px-1 text-slate-400">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={t('catalog.pagination.goTo', { page: p })}
                aria-current={p === page ? 'page' : undefined}
                className={classNames(item, p === page ? 'bg-brand-700 text-white' : 'hover:bg-slate-100')}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link
              href={hrefFor(page + 1)}
              rel="next"
              aria-label={t('catalog.pagination.nextLabel')}
              className={classNames(item, 'hover:bg-slate-100')}
            >
              <span className="hidden sm:inline">{t('catalog.pagination.next')}</span>
              <ChevronRight aria-hidden="true" className="size-4" />
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}

import { SearchX } from 'lucide-react';
import Link from 'next/link';
import type { StoreList } from '@/lib/catalog/store-list';
import type { StoreQuery } from '@/lib/catalog/store-query';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { MerchantGrid } from './merchant-card';
import { Pagination } from './pagination';

type Props = {
  list: StoreList;
  query: StoreQuery;
  locale: Locale;
  t: Translator;
  hrefFor: (page: number) => string;
};

/** The result count, matching categories, the grid (or an empty state) and the pages. */
export function StoreResults({ list, query, locale, t, hrefFor }: Props) {
  return (
    <section aria-labelledby="results-heading" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
          {query.q
            ? t('catalog.search.resultsFor', { query: query.q })
            : t('catalog.storeCount', { count: list.total })}
        </h2>
        {query.q ? (
          <p className="text-sm text-slate-600">{t('catalog.storeCount', { count: list.total })}</p>
        ) : null}
      </div>
      {list.matchingCategories.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-600">{t('catalog.search.matchingCategories')}</span>
          {list.matchingCategories.map((c) => (
            <Link
              key={c.slug}
              href={`/categories/${c.slug}`}
              className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100"
            >
              {pick(locale, c.nameFr, c.nameEn)}
            </Link>
          ))}
        </div>
      ) : null}
      {list.items.length > 0 ? (
        <MerchantGrid merchants={list.items} locale={locale} t={t} />
      ) : (
        <div className="flex flex-col items-center gap-3 rounded-card border border-dashed border-slate-300 bg-white p-10 text-center">
          <SearchX aria-hidden="true" className="size-8 text-slate-400" />
          <p className="font-semibold">
            {query.q ? t('catalog.search.noResults', { query: query.q }) : t('catalog.search.empty')}
          </p>
          <p className="text-sm text-slate-600">{t('catalog.search.noResultsHint')}</p>
        </div>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} t={t} />
    </section>
  );
}

import Form from 'next/form';
import { Button } from '@/components/ui/button';
import type { CategoryNode } from '@/lib/catalog/categories';
import { STORE_SORTS, type StoreQuery } from '@/lib/catalog/store-query';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { AutoSubmitSelect } from './auto-submit-select';

type Props = {
  query: StoreQuery;
  categories: CategoryNode[];
  locale: Locale;
  t: Translator;
  /** On a category page the category is fixed by the path. */
  fixedCategory?: boolean;
  action: string;
};

const field =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600';

/** Search, category and sort as one GET form: the URL always holds the state, and it works without JavaScript. */
export function StoreToolbar({ query, categories, locale, t, fixedCategory = false, action }: Props) {
  const sorts = STORE_SORTS.filter((s) => s !== 'relevance' || query.q);
  return (
    <Form
      action={action}
      className="grid gap-3 rounded-card border border-slate-200 bg-white p-4 shadow-card sm:grid-cols-2 lg:grid-cols-[2fr_1.3fr_1.2fr_auto] lg:items-end"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor="stores-q" className="text-sm font-medium text-slate-700">
          {t('catalog.search.label')}
        </label>
        <input
          id="stores-q"
          type="search"
          name="q"
          defaultValue={query.q ?? ''}
          placeholder={t('catalog.search.placeholder')}
          maxLength={100}
          className={field}
        />
      </div>
      {fixedCategory ? null : (
        <div className="flex flex-col gap-1.5">
          <label htmlFor="stores-category" className="text-sm font-medium text-slate-700">
            {t('catalog.filters.category')}
          </label>
          <AutoSubmitSelect
            id="stores-category"
            name="category"
            defaultValue={query.category ?? ''}
            className={field}
          >
            <option value="">{t('catalog.filters.allCategories')}</option>
            {categories.map((top) => (
              <optgroup key={top.id} label={pick(locale, top.nameFr, top.nameEn)}>
                <option value={top.slug}>
                  {pick(locale, top.nameFr, top.nameEn)} ({top.merchantCount})
                </option>
                {top.children.map((child) => (
                  <option key={child.id} value={child.slug}>
                    {'\u00a0\u00a0'}
                    {pick(locale, child.nameFr, child.nameEn)} ({child.merchantCount})
                  </option>
                ))}
              </optgroup>
            ))}
          </AutoSubmitSelect>
        </div>
      )}
      <div className="flex flex-col gap-1.5">
        <label htmlFor="stores-sort" className="text-sm font-medium text-slate-700">
          {t('catalog.sort.label')}
        </label>
        <AutoSubmitSelect id="stores-sort" name="sort" defaultValue={query.sort} className={field}>
          {sorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`catalog.sort.${sort}`)}
            </option>
          ))}
        </AutoSubmitSelect>
      </div>
      <Button type="submit" className="h-11">
        {t('catalog.filters.apply')}
      </Button>
    </Form>
  );
}

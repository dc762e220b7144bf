import Link from 'next/link';
import type { CategoryNode } from '@/lib/catalog/categories';
import type { Locale } from '@/lib/i18n/config';
import { pick } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { CategoryIcon } from './category-icon';

/** Top-level categories as tiles, each with its live merchant count. */
export function CategoryGrid({
  categories,
  locale,
  t,
}: {
  categories: CategoryNode[];
  locale: Locale;
  t: Translator;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5">
      {categories.map((category) => (
        <li key={category.id}>
          <Link
            href={`/categories/${category.slug}`}
            className="flex h-full items-center gap-3 rounded-card border border-slate-200 bg-white p-3 shadow-card transition-shadow hover:border-brand-200 hover:shadow-card-hover"
          >
            <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-brand-700">
              <CategoryIcon name={category.icon} className="size-5" />
            </span>
            <span className="min-w-0">
              <span className="block truncate text-sm font-semibold text-slate-900">
                {pick(locale, category.nameFr, category.nameEn)}
              </span>
              <span className="block text-xs text-slate-500">
                {t('catalog.storeCount', { count: category.merchantCount })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

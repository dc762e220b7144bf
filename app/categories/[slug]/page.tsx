import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { StoreResults } from '@/components/catalog/store-results';
import { StoreToolbar } from '@/components/catalog/store-toolbar';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { cachedCardInputs } from '@/lib/catalog/card-inputs-cache';
import { getCategoryBySlug } from '@/lib/catalog/categories';
import { cachedMatchingCategories } from '@/lib/catalog/matching-categories';
import { listStores } from '@/lib/catalog/store-list';
import { parseStoreQuery, storeQueryString } from '@/lib/catalog/store-query';
import { pick } from '@/lib/i18n/format';
import { getTranslator } from '@/lib/i18n/server';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Metadata and page share one load per request.
const load = cache(async (slug: string) => {
  const db = await getDb();
  return { db, category: /^[a-z0-9-]{1,64}$/.test(slug) ? await getCategoryBySlug(db, slug) : null };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug }, { locale, t }] = await Promise.all([params, getTranslator()]);
  const { category } = await load(slug);
  if (!category) return { title: t('notFound.title') };
  const name = pick(locale, category.nameFr, category.nameEn);
  return { title: name, description: t('catalog.categories.metaDescription', { category: name }) };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw, { locale, t }] = await Promise.all([params, searchParams, getTranslator()]);
  const { db, category } = await load(slug);
  if (!category) notFound();
  const query = { ...parseStoreQuery(raw), category: category.slug };
  const list = await listStores(db, query, {
    category,
    cardInputs: cachedCardInputs,
    matchingCategories: cachedMatchingCategories,
  });
  const name = pick(locale, category.nameFr, category.nameEn);
  const queryString = (page: number) => storeQueryString({ ...query, category: null, page });
  return (
    <Container size="wide" className="flex flex-col gap-8 pb-16">
      <div>
        <Breadcrumbs
          t={t}
          items={[
            { href: '/stores', label: t('nav.stores') },
            ...(category.parent
              ? [
                  {
                    href: `/categories/${category.parent.slug}`,
                    label: pick(locale, category.parent.nameFr, category.parent.nameEn),
                  },
                ]
              : []),
            { label: name },
          ]}
        />
        <PageHeader
          className="pt-4"
          title={t('catalog.categories.storesIn', { category: name })}
          description={pick(locale, category.descriptionFr, category.descriptionEn) || undefined}
        />
        {category.children.length > 0 ? (
          <nav aria-label={t('catalog.categories.subcategories')}>
            <ul className="flex flex-wrap gap-2">
              {category.children.map((child) => (
                <li key={child.id}>
                  <Link
                    href={`/categories/${child.slug}`}
                    className="inline-block rounded-full bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-brand-50 hover:text-brand-800 hover:ring-brand-300"
                  >
                    {pick(locale, child.nameFr, child.nameEn)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <StoreToolbar
        query={query}
        categories={[]}
        locale={locale}
        t={t}
        fixedCategory
        action={`/categories/${category.slug}`}
      />
      <StoreResults
        list={list}
        query={query}
        locale={locale}
        t={t}
        hrefFor={(page) => `/categories/${category.slug}${queryString(page)}`}
      />
    </Container>
  );
}

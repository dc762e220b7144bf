import type { Metadata } from 'next';
import { CategoryGrid } from '@/components/catalog/category-grid';
import { StoreResults } from '@/components/catalog/store-results';
import { StoreToolbar } from '@/components/catalog/store-toolbar';
import { Container } from '@/components/ui/container';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { cachedCardInputs } from '@/lib/catalog/card-inputs-cache';
import { cachedCategoryTree } from '@/lib/catalog/categories';
import { cachedMatchingCategories } from '@/lib/catalog/matching-categories';
import { listStores } from '@/lib/catalog/store-list';
import { parseStoreQuery, storeQueryString } from '@/lib/catalog/store-query';
import { getTranslator } from '@/lib/i18n/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('catalog.storeList.metaTitle'), description: t('catalog.storeList.metaDescription') };
}

export default async function StoresPage({ searchParams }: Props) {
  const query = parseStoreQuery(await searchParams);
  const [{ locale, t }, db] = await Promise.all([getTranslator(), getDb()]);
  const [list, categories] = await Promise.all([
    listStores(db, query, {
      cardInputs: cachedCardInputs,
      matchingCategories: cachedMatchingCategories,
    }),
    cachedCategoryTree(db),
  ]);
  return (
    <Container size="wide" className="flex flex-col gap-8 pb-16">
      <PageHeader title={t('catalog.storeList.title')} description={t('catalog.storeList.description')} />
      <StoreToolbar query={query} categories={categories} locale={locale} t={t} action="/stores" />
      <StoreResults
        list={list}
        query={query}
        locale={locale}
        t={t}
        hrefFor={(page) => `/stores${storeQueryString({ ...query, page })}`}
      />
      <section
        id="categories"
        aria-labelledby="categories-heading"
        className="flex scroll-mt-24 flex-col gap-4 pt-6"
      >
        <h2 id="categories-heading" className="text-2xl font-bold">
          {t('catalog.categories.title')}
        </h2>
        <CategoryGrid categories={categories} locale={locale} t={t} />
      </section>
    </Container>
  );
}

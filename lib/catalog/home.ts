import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { CatalogEvent } from '@/db/schema';
import { boosts, events, merchants } from '@/db/schema';
import { type CategoryNode, listCategoryTree } from './categories';
import { type CardInputsSource, cardColumns, type MerchantCard, toMerchantCards } from './merchant-cards';
import { byPopularity } from './store-list';
import { isPublicMerchant } from './visibility';

// The home page: featured merchants, offers boosted right now, the seasonal
// events running and coming, and the categories.

export type HomeCatalog = {
  featured: MerchantCard[];
  boosted: MerchantCard[];
  popular: MerchantCard[];
  currentEvents: CatalogEvent[];
  upcomingEvents: CatalogEvent[];
  categories: CategoryNode[];
};

export async function getHomeCatalog(
  db: DbOrTx,
  now: Date = new Date(),
  sources: {
    categories?: (db: DbOrTx) => Promise<CategoryNode[]>;
    cardInputs?: CardInputsSource;
  } = {},
): Promise<HomeCatalog> {
  const loadCategories = sources.categories ?? listCategoryTree;
  const [featuredRows, boostCandidates, popularRows, currentEvents, upcomingEvents, tree] = await Promise.all(
    [
      db
        .select(cardColumns)
        .from(merchants)
        .where(and(isPublicMerchant(), eq(merchants.isFeatured, true)))
        .orderBy(...byPopularity)
        .limit(8),
      // Merchants with a boost that may be in force now; weekly ones are checked in code.
      db
        .selectDistinct({ ...cardColumns, clicks: merchants.clickCount30d })
        .from(merchants)
        .innerJoin(boosts, eq(boosts.merchantId, merchants.id))
        .where(
          and(
            isPublicMerchant(),
            sql`(${boosts.kind} = 'weekly' or (${boosts.startsAt} <= ${now} and ${boosts.endsAt} > ${now}))`,
          ),
        )
        .orderBy(...byPopularity)
        .limit(60),
      db
        .select(cardColumns)
        .from(merchants)
        .where(isPublicMerchant())
        .orderBy(...byPopularity)
        .limit(12),
      db
        .select()
        .from(events)
        .where(and(lte(events.startsAt, now), gt(events.endsAt, now)))
        .orderBy(asc(events.endsAt)),
      db.select().from(events).where(gt(events.startsAt, now)).orderBy(asc(events.startsAt)).limit(4),
      loadCategories(db),
    ],
  );

  const candidateCards = await toMerchantCards(db, boostCandidates, now, sources.cardInputs);
  const boosted = candidateCards.filter((card) => card.boost !== null).slice(0, 8);
  const [featured, popular] = await Promise.all([
    toMerchantCards(db, featuredRows, now, sources.cardInputs),
    toMerchantCards(db, popularRows, now, sources.cardInputs),
  ]);
  return { featured, boosted, popular, currentEvents, upcomingEvents, categories: tree };
}

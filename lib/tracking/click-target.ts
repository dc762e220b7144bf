import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  type Boost,
  type CashbackRate,
  type MerchantStatus,
  merchantDomains,
  merchants,
  type NetworkProgram,
  networkAccounts,
  networkPrograms,
  type Offer,
} from '@/db/schema';
import { loadBoosts, loadOffers, loadRates } from '@/lib/catalog/rates-and-boosts';

// What /out/<slug> needs to know about a merchant: whether it is live, where
// its active network program sends clicks, which shop domains deep links may
// point to, and the offers, rates and boosts to snapshot. Loaded in one go,
// so it can be cached for a few seconds per process (click-target-cache.ts):
// boosts are kept whole and resolved at the instant of each click.

export type ClickTarget = {
  merchant: {
    id: number;
    slug: string;
    name: string;
    status: MerchantStatus;
    validationDelayDays: number;
    conditionsFr: string;
    conditionsEn: string;
    exclusionsFr: string;
    exclusionsEn: string;
  };
  /** The primary shop domain first. */
  domains: string[];
  program:
    | (Pick<
        NetworkProgram,
        'id' | 'networkCode' | 'advertiserId' | 'trackingTemplate' | 'currency' | 'networkAccountId'
      > & { publisherId: string })
    | null;
  offers: Offer[];
  rates: CashbackRate[];
  boosts: Boost[];
  loadedAt: Date;
};

export async function loadClickTarget(db: DbOrTx, slug: string, now: Date): Promise<ClickTarget | null> {
  if (slug.length === 0 || slug.length > 120) return null;
  const [merchant] = await db
    .select({
      id: merchants.id,
      slug: merchants.slug,
      name: merchants.name,
      status: merchants.status,
      validationDelayDays: merchants.validationDelayDays,
      conditionsFr: merchants.conditionsFr,
      conditionsEn: merchants.conditionsEn,
      exclusionsFr: merchants.exclusionsFr,
      exclusionsEn: merchants.exclusionsEn,
    })
    .from(merchants)
    .where(eq(merchants.slug, slug))
    .limit(1);
  if (!merchant) return null;

  // One after another: inside a transaction (the seed) they share one connection.
  const domainRows = await db
    .select({ domain: merchantDomains.domain })
    .from(merchantDomains)
    .where(eq(merchantDomains.merchantId, merchant.id))
    .orderBy(desc(merchantDomains.isPrimary), merchantDomains.domain);
  const programRows = await db
    .select({
      id: networkPrograms.id,
      networkCode: networkPrograms.networkCode,
      advertiserId: networkPrograms.advertiserId,
      trackingTemplate: networkPrograms.trackingTemplate,
      currency: networkPrograms.currency,
      networkAccountId: networkPrograms.networkAccountId,
      publisherId: networkAccounts.publisherId,
    })
    .from(networkPrograms)
    .innerJoin(networkAccounts, eq(networkAccounts.id, networkPrograms.networkAccountId))
    .where(
      and(
        eq(networkPrograms.merchantId, merchant.id),
        eq(networkPrograms.isActiveRoute, true),
        eq(networkAccounts.isActive, true),
      ),
    )
    .limit(1);
  const offerRows = await loadOffers(db, merchant.id, now);
  const rateRows = await loadRates(db, [merchant.id], now);
  const boostViews = await loadBoosts(db, [merchant.id], now);
  const program = programRows[0] ?? null;
  return {
    merchant,
    domains: domainRows.map((row) => row.domain),
    program,
    offers: offerRows,
    rates: rateRows,
    boosts: boostViews.map(({ window: _window, active: _active, ...boost }) => boost),
    loadedAt: now,
  };
}

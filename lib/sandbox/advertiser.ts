import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { merchantDomains, merchants, networkAccounts, networkPrograms } from '@/db/schema';

// The sandbox network's advertisers are our merchants' `sandbox` programs
// (db/seed/networks.ts: advertiser id "sbx-<merchant slug>"). The network
// knows a program whatever our catalog says of the merchant (paused, draft):
// like a real network, it keeps tracking what it is sent.

export const SANDBOX_NETWORK_CODE = 'sandbox';

const ADVERTISER_ID_MAX_CHARS = 100;

export type SandboxAdvertiser = {
  advertiserId: string;
  /** Our account on the sandbox network ("ristourne-demo"). */
  publisherId: string;
  /** The programme currency: sales are recorded in it. */
  currency: string;
  merchantId: number;
  merchantSlug: string;
  merchantName: string;
  brandColor: string;
  /** Where a deep link may point (merchant_domains). */
  shopDomains: string[];
};

export async function findSandboxAdvertiser(
  db: DbOrTx,
  advertiserId: string,
): Promise<SandboxAdvertiser | null> {
  if (advertiserId === '' || advertiserId.length > ADVERTISER_ID_MAX_CHARS) return null;
  const [row] = await db
    .select({
      advertiserId: networkPrograms.advertiserId,
      publisherId: networkAccounts.publisherId,
      currency: networkPrograms.currency,
      merchantId: merchants.id,
      merchantSlug: merchants.slug,
      merchantName: merchants.name,
      brandColor: merchants.brandColor,
    })
    .from(networkPrograms)
    .innerJoin(networkAccounts, eq(networkAccounts.id, networkPrograms.networkAccountId))
    .innerJoin(merchants, eq(merchants.id, networkPrograms.merchantId))
    .where(
      and(
        eq(networkPrograms.networkCode, SANDBOX_NETWORK_CODE),
        eq(networkPrograms.advertiserId, advertiserId),
      ),
    )
    // One sandbox account in practice; with several, the oldest program answers.
    .orderBy(asc(networkPrograms.id))
    .limit(1);
  if (!row) return null;
  const domains = await db
    .select({ domain: merchantDomains.domain })
    .from(merchantDomains)
    .where(eq(merchantDomains.merchantId, row.merchantId))
    .orderBy(asc(merchantDomains.id));
  return { ...row, shopDomains: domains.map((d) => d.domain) };
}

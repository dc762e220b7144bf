import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { networkAccounts, networkPrograms } from '@/db/schema';
import { SANDBOX_TEMPLATE } from '@/db/seed/networks';
import { insertMerchant, type MerchantSpec } from '@/tests/helpers/catalog-fixtures';

// A merchant that routes through the sandbox network, as the demo seed makes
// them (db/seed/networks.ts): advertiser "sbx-<slug>", publisher "ristourne-demo".

export async function sandboxAccount(db: Db, publisherId = 'ristourne-demo') {
  const [row] = await db
    .insert(networkAccounts)
    .values({ networkCode: 'sandbox', name: 'Sandbox', publisherId })
    .onConflictDoNothing()
    .returning();
  if (row) return row;
  const [existing] = await db
    .select()
    .from(networkAccounts)
    .where(and(eq(networkAccounts.networkCode, 'sandbox'), eq(networkAccounts.publisherId, publisherId)));
  return existing!;
}

export async function insertSandboxMerchant(db: Db, spec: MerchantSpec) {
  const inserted = await insertMerchant(db, spec);
  const account = await sandboxAccount(db);
  const [program] = await db
    .insert(networkPrograms)
    .values({
      merchantId: inserted.merchant.id,
      networkAccountId: account.id,
      networkCode: 'sandbox',
      advertiserId: `sbx-${spec.slug}`,
      trackingTemplate: SANDBOX_TEMPLATE,
      currency: 'EUR',
      isActiveRoute: true,
    })
    .returning();
  return { ...inserted, program: program!, advertiserId: program!.advertiserId };
}

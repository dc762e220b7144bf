import { and, asc, desc, eq, inArray, lt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  merchants,
  networkPrograms,
  type SandboxPostback,
  type SandboxSale,
  sandboxPostbacks,
  sandboxSales,
} from '@/db/schema';
import { SANDBOX_NETWORK_CODE } from './advertiser';

// The sandbox console's list: newest sales first, each with the merchant
// behind its advertiser id and every postback it queued, in event order.
// Paged by sale id (insertion order), never by offset.

export type SandboxSaleView = SandboxSale & { merchantName: string | null; postbacks: SandboxPostback[] };
export type SandboxSalePage = { sales: SandboxSaleView[]; nextCursor: number | null };

export const SANDBOX_LIST_MAX = 100;

export async function listSandboxSales(
  db: DbOrTx,
  input: { limit: number; cursor?: number | null },
): Promise<SandboxSalePage> {
  const limit = Math.min(Math.max(Math.trunc(input.limit) || 1, 1), SANDBOX_LIST_MAX);
  const cursor = input.cursor ?? null;
  const rows = await db
    .select()
    .from(sandboxSales)
    .where(cursor !== null ? lt(sandboxSales.id, cursor) : undefined)
    .orderBy(desc(sandboxSales.id))
    .limit(limit + 1);
  const sales = rows.slice(0, limit);
  if (sales.length === 0) return { sales: [], nextCursor: null };

  const ids = sales.map((sale) => sale.id);
  const advertiserIds = [...new Set(sales.map((sale) => sale.advertiserId))];
  const [postbacks, names] = await Promise.all([
    db
      .select()
      .from(sandboxPostbacks)
      .where(inArray(sandboxPostbacks.saleId, ids))
      .orderBy(asc(sandboxPostbacks.saleId), asc(sandboxPostbacks.id)),
    db
      .select({ advertiserId: networkPrograms.advertiserId, name: merchants.name })
      .from(networkPrograms)
      .innerJoin(merchants, eq(merchants.id, networkPrograms.merchantId))
      .where(
        and(
          eq(networkPrograms.networkCode, SANDBOX_NETWORK_CODE),
          inArray(networkPrograms.advertiserId, advertiserIds),
        ),
      )
      .orderBy(asc(networkPrograms.id)),
  ]);
  const nameOf = new Map<string, string>();
  for (const row of names) if (!nameOf.has(row.advertiserId)) nameOf.set(row.advertiserId, row.name);
  const postbacksOf = new Map<number, SandboxPostback[]>();
  for (const row of postbacks) postbacksOf.set(row.saleId, [...(postbacksOf.get(row.saleId) ?? []), row]);

  return {
    sales: sales.map((sale) => ({
      ...sale,
      merchantName: nameOf.get(sale.advertiserId) ?? null,
      postbacks: postbacksOf.get(sale.id) ?? [],
    })),
    nextCursor: rows.length > limit ? sales[sales.length - 1]!.id : null,
  };
}

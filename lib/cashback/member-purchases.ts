import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { conversions, type MemberCashbackStatus, memberCashback, merchants } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { clampLimit, type KeysetPage, keysetPage, type PageCursor } from '@/lib/admin/keyset';
import { DISPLAY_TIME_ZONE } from '@/lib/i18n/format';
import { type MemberPurchase, selectPurchases, toPurchase, withPredictions } from './purchase-row';

// "My cashback" (/account/cashback): the member's purchases, newest purchase
// first, with their share and status, filtered by member-side status,
// purchase period and store name. Keyset-paged on (converted_at, id) along
// conversions_user_converted_idx. Ownership is the query itself: every read
// is filtered on the member's id, so another member's purchase, as a row or
// as a cursor, is simply not found.

export const MEMBER_PURCHASES_PAGE_SIZE = 20;
export const MEMBER_PURCHASES_PAGE_SIZE_MAX = 50;
/** A store search longer than any store name finds nothing useful; the rest is cut. */
export const MERCHANT_SEARCH_MAX = 100;

/** The last `days` days, or one Paris calendar month (`YYYY-MM`). */
export type PurchasePeriod = { days: number } | { month: string };

export type PurchaseFilters = {
  status?: MemberCashbackStatus | null;
  /** When the purchase was made. */
  period?: PurchasePeriod | null;
  /** Part of the store's name, accents and case ignored. */
  merchant?: string | null;
};

export type MemberPurchasesInput = {
  userId: string;
  filters?: PurchaseFilters;
  cursor?: PageCursor | null;
  limit?: number;
  now?: Date;
};

/** One page of the member's purchases; at most 50 a page. */
export async function memberPurchases(
  db: DbOrTx,
  input: MemberPurchasesInput,
): Promise<KeysetPage<MemberPurchase>> {
  const limit = clampLimit(input.limit, MEMBER_PURCHASES_PAGE_SIZE, MEMBER_PURCHASES_PAGE_SIZE_MAX);
  if (!isUuid(input.userId)) return { items: [], newer: null, older: null };
  // A cursor that is not a conversion id is ignored (first page), as a stale or hand-typed link would be.
  const cursor = input.cursor && isUuid(input.cursor.id) ? input.cursor : null;
  const now = input.now ?? new Date();
  const filters = input.filters ?? {};
  const conditions: SQL[] = [eq(conversions.userId, input.userId), ...filterConditions(filters, now)];
  if (cursor) conditions.push(beyond(input.userId, cursor));
  // NULLS as in conversions_user_converted_idx (converted_at DESC NULLS LAST), so the index gives the order.
  const order =
    cursor?.direction === 'newer'
      ? [sql`${conversions.convertedAt} asc nulls first`, asc(conversions.id)]
      : [sql`${conversions.convertedAt} desc nulls last`, desc(conversions.id)];
  // The page's ids first, along conversions_user_converted_idx, joined only to what a filter needs; then
  // the rest of each purchase for those rows alone. A LIMIT in a subquery is a fence the planner keeps,
  // so a page costs the same for a member with twenty purchases or twenty thousand.
  let ids = db.select({ id: conversions.id }).from(conversions).$dynamic();
  if (filters.status) ids = ids.leftJoin(memberCashback, eq(memberCashback.conversionId, conversions.id));
  if (filters.merchant) ids = ids.leftJoin(merchants, eq(merchants.id, conversions.merchantId));
  const pageIds = ids
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit + 1)
    .as('page');
  const rows = await selectPurchases(db)
    .innerJoin(pageIds, eq(pageIds.id, conversions.id))
    .orderBy(...order);
  const page = keysetPage(rows, limit, cursor);
  const items = await withPredictions(db, page.items.map(toPurchase), now);
  return { ...page, items };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAYS_MAX = 3660;

function filterConditions(filters: PurchaseFilters, now: Date): SQL[] {
  const conditions: SQL[] = [];
  // A purchase without its member row yet reads as tracked (lib/cashback/purchase-row.ts).
  if (filters.status) conditions.push(sql`coalesce(${memberCashback.status}, 'tracked') = ${filters.status}`);
  const period = filters.period;
  if (period && 'days' in period && Number.isSafeInteger(period.days) && period.days > 0) {
    const since = new Date(now.getTime() - Math.min(period.days, DAYS_MAX) * 86_400_000);
    conditions.push(sql`${conversions.convertedAt} >= ${since.toISOString()}::timestamptz`);
  }
  if (period && 'month' in period && MONTH.test(period.month)) {
    // The month's bounds are Paris midnights, computed by Postgres (it knows the summer-time changes).
    const start = sql`(${`${period.month}-01`}::timestamp at time zone ${DISPLAY_TIME_ZONE})`;
    const end = sql`((${`${period.month}-01`}::timestamp + interval '1 month') at time zone ${DISPLAY_TIME_ZONE})`;
    conditions.push(sql`${conversions.convertedAt} >= ${start}`, sql`${conversions.convertedAt} < ${end}`);
  }
  const search = filters.merchant?.trim().slice(0, MERCHANT_SEARCH_MAX);
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(sql`${merchants.nameFolded} like lower(f_unaccent(${pattern}::text))`);
  }
  return conditions;
}

/**
 * The rows strictly beyond the cursor purchase, read in SQL (timestamps keep
 * their microseconds) and only among this member's purchases: someone else's
 * id as a cursor matches no row, so the page is empty.
 */
function beyond(userId: string, cursor: PageCursor): SQL {
  const op = cursor.direction === 'older' ? sql`<` : sql`>`;
  const bound = cursor.direction === 'older' ? sql`<=` : sql`>=`;
  const at = sql`(select c.converted_at from ${conversions} c where c.id = ${cursor.id} and c.user_id = ${userId})`;
  // The plain bound on converted_at is implied by the row comparison; the index can start from it.
  return sql`(${conversions.convertedAt}, ${conversions.id}) ${op} (select c.converted_at, c.id from ${conversions} c where c.id = ${cursor.id} and c.user_id = ${userId}) and ${conversions.convertedAt} ${bound} ${at}`;
}

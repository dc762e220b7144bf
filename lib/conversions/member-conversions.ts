import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  type ConversionStatusValue,
  clicks,
  conversionStatusChanges,
  conversions,
  merchants,
} from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { clampLimit, type KeysetPage, keysetPage, type PageCursor } from '@/lib/admin/keyset';
import type { Money } from '@/lib/money';

// "My cashback" (/account/cashback): the purchases the networks reported after
// a member's clicks, newest purchase first, each with its status history.
// Ownership is the query itself: every read is filtered on the member's id, so
// another member's conversion id is simply not found. The member's share is
// not decided here (the ledger, issue 6): the purchase amount and the status
// are what the member sees until then.

export const MEMBER_CONVERSIONS_PAGE_SIZE = 20;
export const MEMBER_CONVERSIONS_PAGE_SIZE_MAX = 50;

export type MemberConversionStatus = ConversionStatusValue;

export type MemberStatusChange = {
  from: MemberConversionStatus | null;
  to: MemberConversionStatus;
  /** When the network says the change took effect. */
  at: Date;
};

export type MemberConversion = {
  id: string;
  /** Today's name and slug; null if the conversion was never tied to one of our merchants. */
  merchant: { name: string; slug: string } | null;
  orderRef: string | null;
  type: 'sale' | 'lead' | 'bonus' | 'other';
  /** The purchase amount; null for conversions without one (leads). */
  sale: Money | null;
  /** What the network pays us: not the member's cashback, which the ledger decides. */
  commission: Money;
  status: MemberConversionStatus;
  convertedAt: Date;
  /** The validation delay announced at the click (or the merchant's today, without a click). */
  validationDelayDays: number | null;
  /** Oldest first; the first entry is the status the conversion arrived in. */
  history: MemberStatusChange[];
};

export type MemberConversionsInput = { userId: string; cursor?: PageCursor | null; limit?: number };

const columns = {
  id: conversions.id,
  merchantName: merchants.name,
  merchantSlug: merchants.slug,
  orderRef: conversions.orderRef,
  type: conversions.type,
  saleMinor: conversions.saleMinor,
  commissionMinor: conversions.commissionMinor,
  currency: conversions.currency,
  status: conversions.status,
  convertedAt: conversions.convertedAt,
  validationDelayDays: sql<
    number | null
  >`coalesce((${clicks.termsSnapshot} -> 'merchant' ->> 'validationDelayDays')::int, ${merchants.validationDelayDays})`,
};

type ConversionRow = {
  id: string;
  merchantName: string | null;
  merchantSlug: string | null;
  orderRef: string | null;
  type: MemberConversion['type'];
  saleMinor: number | null;
  commissionMinor: number;
  currency: string;
  status: MemberConversionStatus;
  convertedAt: Date;
  validationDelayDays: number | null;
};

/** One page of the member's conversions, newest purchase first; keyset on (converted_at, id), at most 50 a page. */
export async function listMemberConversions(
  db: DbOrTx,
  input: MemberConversionsInput,
): Promise<KeysetPage<MemberConversion>> {
  const limit = clampLimit(input.limit, MEMBER_CONVERSIONS_PAGE_SIZE, MEMBER_CONVERSIONS_PAGE_SIZE_MAX);
  if (!isUuid(input.userId)) return { items: [], newer: null, older: null };
  // A cursor that is not a conversion id is ignored (first page), as a stale or hand-typed link would be.
  const cursor = input.cursor && isUuid(input.cursor.id) ? input.cursor : null;
  const conditions: SQL[] = [eq(conversions.userId, input.userId)];
  if (cursor) conditions.push(beyond(input.userId, cursor));
  const newer = cursor?.direction === 'newer';
  const rows = await selectConversions(db)
    .where(and(...conditions))
    .orderBy(
      ...(newer
        ? [asc(conversions.convertedAt), asc(conversions.id)]
        : [desc(conversions.convertedAt), desc(conversions.id)]),
    )
    .limit(limit + 1);
  // keysetPage reverses a `newer` page and drops the extra row; the history is read for the kept rows only.
  const page = keysetPage(rows, limit, cursor);
  const histories = await historiesOf(
    db,
    page.items.map((row) => row.id),
  );
  return { ...page, items: page.items.map((row) => toMemberConversion(row, histories.get(row.id) ?? [])) };
}

/** One of the member's conversions with its history; null for an unknown id or anyone else's conversion. */
export async function getMemberConversion(
  db: DbOrTx,
  input: { userId: string; conversionId: string },
): Promise<MemberConversion | null> {
  if (!isUuid(input.userId) || !isUuid(input.conversionId)) return null;
  const [row] = await selectConversions(db)
    .where(and(eq(conversions.id, input.conversionId), eq(conversions.userId, input.userId)))
    .limit(1);
  if (!row) return null;
  const histories = await historiesOf(db, [row.id]);
  return toMemberConversion(row, histories.get(row.id) ?? []);
}

function selectConversions(db: DbOrTx) {
  return db
    .select(columns)
    .from(conversions)
    .leftJoin(merchants, eq(merchants.id, conversions.merchantId))
    .leftJoin(clicks, eq(clicks.id, conversions.clickId))
    .$dynamic();
}

/**
 * The rows strictly beyond the cursor conversion, read in SQL (timestamps keep
 * their microseconds) and only among this member's conversions: someone
 * else's id as a cursor matches no row, so the page is empty.
 */
function beyond(userId: string, cursor: PageCursor): SQL {
  const op = cursor.direction === 'older' ? sql`<` : sql`>`;
  return sql`(${conversions.convertedAt}, ${conversions.id}) ${op} (select c.converted_at, c.id from ${conversions} c where c.id = ${cursor.id} and c.user_id = ${userId})`;
}

/** The status changes of these conversions, oldest first, by conversion. */
async function historiesOf(db: DbOrTx, ids: string[]): Promise<Map<string, MemberStatusChange[]>> {
  const byConversion = new Map<string, MemberStatusChange[]>();
  if (ids.length === 0) return byConversion;
  const rows = await db
    .select({
      conversionId: conversionStatusChanges.conversionId,
      from: conversionStatusChanges.fromStatus,
      to: conversionStatusChanges.toStatus,
      at: conversionStatusChanges.effectiveAt,
    })
    .from(conversionStatusChanges)
    .where(inArray(conversionStatusChanges.conversionId, ids))
    .orderBy(asc(conversionStatusChanges.effectiveAt), asc(conversionStatusChanges.id));
  for (const { conversionId, ...change } of rows) {
    const list = byConversion.get(conversionId);
    if (list) list.push(change);
    else byConversion.set(conversionId, [change]);
  }
  return byConversion;
}

function toMemberConversion(row: ConversionRow, history: MemberStatusChange[]): MemberConversion {
  return {
    id: row.id,
    merchant:
      row.merchantName !== null && row.merchantSlug !== null
        ? { name: row.merchantName, slug: row.merchantSlug }
        : null,
    orderRef: row.orderRef,
    type: row.type,
    sale: row.saleMinor === null ? null : { amountMinor: row.saleMinor, currency: row.currency },
    commission: { amountMinor: row.commissionMinor, currency: row.currency },
    status: row.status,
    convertedAt: row.convertedAt,
    validationDelayDays: row.validationDelayDays,
    history,
  };
}

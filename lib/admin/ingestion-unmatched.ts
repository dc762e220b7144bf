import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { type ConversionStatusValue, conversions, networkAccounts, users } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { containsPattern } from './ingestion-keyset';
import { UNMATCHED_STATUSES, type UnmatchedQuery, type UnmatchedStatus } from './ingestion-query';
import {
  beyondCursor,
  clampLimit,
  type KeysetColumns,
  type KeysetPage,
  keysetOrderBy,
  keysetPage,
} from './keyset';

// /admin/ingestion/unmatched: conversions that matched no click of ours
// (networks.md §5): no sub-id at all (orphan) or one we do not know (unknown
// click), newest first, for ops to assign to the member they belong to. The
// partial index conversions_unmatched_idx holds exactly these rows.

export const UNMATCHED_PAGE_SIZE = 25;
export const UNMATCHED_PAGE_SIZE_MAX = 100;

export type UnmatchedConversion = {
  id: string;
  networkCode: string;
  accountName: string;
  networkConversionId: string;
  advertiserId: string | null;
  orderRef: string | null;
  /** The sub-id exactly as the network sent it (null: none). */
  clickRef: string | null;
  matchStatus: UnmatchedStatus;
  status: ConversionStatusValue;
  saleMinor: number | null;
  commissionMinor: number;
  currency: string;
  convertedAt: Date;
  firstSeenAt: Date;
};

const keyset: KeysetColumns = { table: conversions, at: conversions.firstSeenAt, id: conversions.id };

export async function listUnmatchedConversions(
  db: DbOrTx,
  query: Omit<UnmatchedQuery, 'cursor'> & { cursor?: UnmatchedQuery['cursor']; limit?: number },
): Promise<KeysetPage<UnmatchedConversion>> {
  const limit = clampLimit(query.limit, UNMATCHED_PAGE_SIZE, UNMATCHED_PAGE_SIZE_MAX);
  const cursor = query.cursor && isUuid(query.cursor.id) ? query.cursor : null;
  const pattern = query.search ? containsPattern(query.search) : null;
  const conditions: (SQL | undefined)[] = [
    query.matchStatus
      ? eq(conversions.matchStatus, query.matchStatus)
      : inArray(conversions.matchStatus, [...UNMATCHED_STATUSES]),
    query.network ? eq(conversions.networkCode, query.network) : undefined,
    pattern
      ? or(
          sql`${conversions.networkConversionId} ilike ${pattern}`,
          sql`${conversions.orderRef} ilike ${pattern}`,
          sql`${conversions.clickRef} ilike ${pattern}`,
        )
      : undefined,
    cursor ? beyondCursor(keyset, cursor, cursor.id.toLowerCase()) : undefined,
  ];
  const rows = await db
    .select({
      id: conversions.id,
      networkCode: conversions.networkCode,
      accountName: networkAccounts.name,
      networkConversionId: conversions.networkConversionId,
      advertiserId: conversions.advertiserId,
      orderRef: conversions.orderRef,
      clickRef: conversions.clickRef,
      matchStatus: conversions.matchStatus,
      status: conversions.status,
      saleMinor: conversions.saleMinor,
      commissionMinor: conversions.commissionMinor,
      currency: conversions.currency,
      convertedAt: conversions.convertedAt,
      firstSeenAt: conversions.firstSeenAt,
    })
    .from(conversions)
    .innerJoin(networkAccounts, eq(networkAccounts.id, conversions.networkAccountId))
    .where(and(...conditions))
    .orderBy(...keysetOrderBy(keyset, cursor))
    .limit(limit + 1);
  return keysetPage(
    rows.map((row) => ({ ...row, matchStatus: row.matchStatus as UnmatchedStatus })),
    limit,
    cursor,
  );
}

export type ConversionAssignment = {
  id: string;
  networkConversionId: string;
  orderRef: string | null;
  member: { id: string; email: string } | null;
  assignedBy: { id: string; email: string } | null;
};

const assigner = alias(users, 'assigner');

/** Who a conversion went to, read back after an assignment (the page's confirmation). */
export async function conversionAssignment(
  db: DbOrTx,
  conversionId: string,
): Promise<ConversionAssignment | null> {
  if (!isUuid(conversionId)) return null;
  const [row] = await db
    .select({
      id: conversions.id,
      networkConversionId: conversions.networkConversionId,
      orderRef: conversions.orderRef,
      memberId: users.id,
      memberEmail: users.email,
      assignerId: assigner.id,
      assignerEmail: assigner.email,
    })
    .from(conversions)
    .leftJoin(users, eq(users.id, conversions.userId))
    .leftJoin(assigner, eq(assigner.id, conversions.assignedBy))
    .where(eq(conversions.id, conversionId.toLowerCase()));
  if (!row) return null;
  return {
    id: row.id,
    networkConversionId: row.networkConversionId,
    orderRef: row.orderRef,
    member: row.memberId && row.memberEmail ? { id: row.memberId, email: row.memberEmail } : null,
    assignedBy: row.assignerId && row.assignerEmail ? { id: row.assignerId, email: row.assignerEmail } : null,
  };
}

import { and, desc, eq, notExists, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  type ConversionStatusValue,
  conversionEvents,
  conversions,
  networkAccounts,
  users,
} from '@/db/schema';
import { serialCursor } from './ingestion-keyset';
import type { RejectedQuery } from './ingestion-query';
import {
  beyondCursor,
  clampLimit,
  type KeysetColumns,
  type KeysetPage,
  keysetOrderBy,
  keysetPage,
} from './keyset';

// /admin/ingestion/rejected: the events intake refused to apply because
// networks.md §6.2 forbids the move ("approved → pending") or the currency
// changed. They were recorded and their conversion flagged, never applied;
// ops look at each and mark the conversion reviewed. Also the conversions
// flagged for any other reason, so no flag goes unseen.

export const REJECTED_PAGE_SIZE = 50;
export const REJECTED_PAGE_SIZE_MAX = 200;
export const OTHER_FLAGGED_MAX = 50;

export type RejectedConversion = {
  id: string;
  networkCode: string;
  accountName: string;
  networkConversionId: string;
  orderRef: string | null;
  status: ConversionStatusValue;
  networkStatus: string;
  saleMinor: number | null;
  commissionMinor: number;
  currency: string;
  flagged: boolean;
  memberEmail: string | null;
};

export type RejectedTransition = {
  id: number;
  createdAt: Date;
  detail: string | null;
  sourceRecordKey: string;
  inboxEventId: number;
  conversion: RejectedConversion;
};

const keyset: KeysetColumns = {
  table: conversionEvents,
  at: conversionEvents.createdAt,
  id: conversionEvents.id,
};

const conversionColumns = {
  id: conversions.id,
  networkCode: conversions.networkCode,
  accountName: networkAccounts.name,
  networkConversionId: conversions.networkConversionId,
  orderRef: conversions.orderRef,
  status: conversions.status,
  networkStatus: conversions.networkStatus,
  saleMinor: conversions.saleMinor,
  commissionMinor: conversions.commissionMinor,
  currency: conversions.currency,
  flagged: conversions.flagged,
  memberEmail: users.email,
};

export async function listRejectedTransitions(
  db: DbOrTx,
  query: Omit<RejectedQuery, 'cursor'> & { cursor?: RejectedQuery['cursor']; limit?: number },
): Promise<KeysetPage<RejectedTransition>> {
  const limit = clampLimit(query.limit, REJECTED_PAGE_SIZE, REJECTED_PAGE_SIZE_MAX);
  const cursor = serialCursor(query.cursor);
  const conditions: (SQL | undefined)[] = [
    eq(conversionEvents.outcome, 'rejected_transition'),
    query.toReview ? eq(conversions.flagged, true) : undefined,
    query.network ? eq(conversions.networkCode, query.network) : undefined,
    cursor ? beyondCursor(keyset, cursor, cursor.value) : undefined,
  ];
  const rows = await db
    .select({
      id: conversionEvents.id,
      createdAt: conversionEvents.createdAt,
      detail: conversionEvents.detail,
      sourceRecordKey: conversionEvents.sourceRecordKey,
      inboxEventId: conversionEvents.inboxEventId,
      conversion: conversionColumns,
    })
    .from(conversionEvents)
    .innerJoin(conversions, eq(conversions.id, conversionEvents.conversionId))
    .innerJoin(networkAccounts, eq(networkAccounts.id, conversions.networkAccountId))
    .leftJoin(users, eq(users.id, conversions.userId))
    .where(and(...conditions))
    .orderBy(...keysetOrderBy(keyset, cursor))
    .limit(limit + 1);
  return keysetPage(rows, limit, cursor);
}

/** Flagged conversions with no rejected transition to explain it (newest change first, bounded). */
export async function listOtherFlaggedConversions(db: DbOrTx): Promise<RejectedConversion[]> {
  return db
    .select(conversionColumns)
    .from(conversions)
    .innerJoin(networkAccounts, eq(networkAccounts.id, conversions.networkAccountId))
    .leftJoin(users, eq(users.id, conversions.userId))
    .where(
      and(
        eq(conversions.flagged, true),
        notExists(
          db
            .select({ one: sql`1` })
            .from(conversionEvents)
            .where(
              and(
                eq(conversionEvents.conversionId, conversions.id),
                eq(conversionEvents.outcome, 'rejected_transition'),
              ),
            ),
        ),
      ),
    )
    .orderBy(desc(conversions.updatedAt), desc(conversions.id))
    .limit(OTHER_FLAGGED_MAX);
}

import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { inboxEvents, networkAccounts } from '@/db/schema';
import { containsPattern, serialCursor } from './ingestion-keyset';
import type { InboxQuery, InboxStatusValue } from './ingestion-query';
import {
  beyondCursor,
  clampLimit,
  type KeysetColumns,
  type KeysetPage,
  keysetOrderBy,
  keysetPage,
} from './keyset';

// /admin/ingestion: what the networks sent, newest first, as stored before
// anything was read from it (issue 5, "nothing sent is ever lost"). Days are
// the platform's (Europe/Paris), turned into instants by Postgres. The
// payload search has no index: the page size and the other filters bound it,
// and ops use it to find one postback by a reference they were given.

export const INBOX_PAGE_SIZE = 50;
export const INBOX_PAGE_SIZE_MAX = 200;
export const ERROR_EXCERPT_CHARS = 160;
const NETWORKS_MAX = 100;

export type InboxListItem = {
  id: number;
  receivedAt: Date;
  networkCode: string;
  accountId: number;
  accountName: string;
  channel: 'postback' | 'api' | 'csv';
  method: string | null;
  status: InboxStatusValue;
  eventCount: number;
  replayCount: number;
  /** The first characters of the error, or null. */
  errorExcerpt: string | null;
};

const keyset: KeysetColumns = { table: inboxEvents, at: inboxEvents.receivedAt, id: inboxEvents.id };

export async function listInboxEvents(
  db: DbOrTx,
  query: Omit<InboxQuery, 'cursor'> & { cursor?: InboxQuery['cursor']; limit?: number },
): Promise<KeysetPage<InboxListItem>> {
  const limit = clampLimit(query.limit, INBOX_PAGE_SIZE, INBOX_PAGE_SIZE_MAX);
  const cursor = serialCursor(query.cursor);
  const conditions: (SQL | undefined)[] = [
    query.network ? eq(inboxEvents.networkCode, query.network) : undefined,
    query.status ? eq(inboxEvents.status, query.status) : undefined,
    query.from
      ? sql`${inboxEvents.receivedAt} >= (${query.from}::date)::timestamp at time zone 'Europe/Paris'`
      : undefined,
    query.to
      ? sql`${inboxEvents.receivedAt} < (${query.to}::date + 1)::timestamp at time zone 'Europe/Paris'`
      : undefined,
    query.search
      ? or(
          sql`${inboxEvents.query}::text ilike ${containsPattern(query.search)}`,
          sql`${inboxEvents.body} ilike ${containsPattern(query.search)}`,
        )
      : undefined,
    cursor ? beyondCursor(keyset, cursor, cursor.value) : undefined,
  ];
  const rows = await db
    .select({
      id: inboxEvents.id,
      receivedAt: inboxEvents.receivedAt,
      networkCode: inboxEvents.networkCode,
      accountId: inboxEvents.networkAccountId,
      accountName: networkAccounts.name,
      channel: inboxEvents.channel,
      method: inboxEvents.method,
      status: inboxEvents.status,
      eventCount: inboxEvents.eventCount,
      replayCount: inboxEvents.replayCount,
      errorExcerpt: sql<string | null>`left(${inboxEvents.error}, ${ERROR_EXCERPT_CHARS})`,
    })
    .from(inboxEvents)
    .innerJoin(networkAccounts, eq(networkAccounts.id, inboxEvents.networkAccountId))
    .where(and(...conditions))
    .orderBy(...keysetOrderBy(keyset, cursor))
    .limit(limit + 1);
  return keysetPage(rows, limit, cursor);
}

/** The network codes we hold accounts for, for the filters. */
export async function ingestionNetworkCodes(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: networkAccounts.networkCode })
    .from(networkAccounts)
    .orderBy(asc(networkAccounts.networkCode))
    .limit(NETWORKS_MAX);
  return rows.map((row) => row.code);
}

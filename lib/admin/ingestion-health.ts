import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// /admin/ingestion/health: per network account, when it last sent us
// anything and how the last 24 hours went. Pull sync (the networks' APIs on a
// schedule) is not built yet: its status is a plain "not configured", never a
// made-up "last run". Each figure reads the inbox through its
// (network_account_id, received_at) index, over a bounded window.

export const HEALTH_ACCOUNTS_MAX = 200;
export const HEALTH_WINDOW_HOURS = 24;
/** How far back "last parse error" looks. */
export const LAST_ERROR_WINDOW_DAYS = 30;

export type AccountHealth = {
  id: number;
  networkCode: string;
  name: string;
  publisherId: string;
  isActive: boolean;
  lastReceivedAt: Date | null;
  /** Inbox rows received in the last 24 hours, by their status now. */
  last24h: { received: number; processed: number; parseError: number };
  lastParseError: { at: Date; inboxEventId: number; error: string | null } | null;
  /** Pull sync does not exist yet (issue 5): no account has one configured. */
  pullSync: { state: 'not_configured' };
};

type Row = {
  id: number;
  network_code: string;
  name: string;
  publisher_id: string;
  is_active: boolean;
  last_received_at: Date | string | null;
  received: number;
  processed: number;
  parse_error: number;
  error_at: Date | string | null;
  error_id: number | string | null;
  error: string | null;
};

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export async function syncHealth(db: DbOrTx): Promise<AccountHealth[]> {
  const result = await db.execute<Row>(sql`
    select a.id, a.network_code, a.name, a.publisher_id, a.is_active,
      last.received_at as last_received_at,
      coalesce(day.received, 0)::int as received,
      coalesce(day.processed, 0)::int as processed,
      coalesce(day.parse_error, 0)::int as parse_error,
      err.received_at as error_at, err.id as error_id, left(err.error, 300) as error
    from network_accounts a
    left join lateral (
      select i.received_at from inbox_events i
      where i.network_account_id = a.id order by i.received_at desc limit 1
    ) last on true
    left join lateral (
      select count(*) filter (where i.status = 'received') as received,
        count(*) filter (where i.status = 'processed') as processed,
        count(*) filter (where i.status = 'parse_error') as parse_error
      from inbox_events i
      where i.network_account_id = a.id
        and i.received_at > now() - make_interval(hours => ${HEALTH_WINDOW_HOURS})
    ) day on true
    left join lateral (
      select i.id, i.received_at, i.error from inbox_events i
      where i.network_account_id = a.id and i.status = 'parse_error'
        and i.received_at > now() - make_interval(days => ${LAST_ERROR_WINDOW_DAYS})
      order by i.received_at desc limit 1
    ) err on true
    order by a.network_code, a.name, a.id
    limit ${HEALTH_ACCOUNTS_MAX}
  `);
  return result.rows.map((row) => ({
    id: row.id,
    networkCode: row.network_code,
    name: row.name,
    publisherId: row.publisher_id,
    isActive: row.is_active,
    lastReceivedAt: toDate(row.last_received_at),
    last24h: { received: row.received, processed: row.processed, parseError: row.parse_error },
    lastParseError:
      row.error_at === null || row.error_id === null
        ? null
        : { at: toDate(row.error_at)!, inboxEventId: Number(row.error_id), error: row.error },
    pullSync: { state: 'not_configured' as const },
  }));
}

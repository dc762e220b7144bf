import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import type { NetworkSyncRunStatus, NetworkSyncTrigger } from '@/db/schema';

// /admin/ingestion/health: per network account, when it last sent us
// anything, how the last 24 hours went, and its pull sync: last run and its
// figures, last success, last error, next run (an account without sync
// settings says "not configured", never a made-up run). Each figure reads the
// inbox through its (network_account_id, received_at) index, over a bounded
// window; the last run through the run log's (network_account_id, started_at) index.

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
  pullSync: PullSyncHealth;
};

export type SyncRunHealth = {
  id: number;
  status: NetworkSyncRunStatus;
  trigger: NetworkSyncTrigger;
  startedAt: Date;
  finishedAt: Date | null;
  pages: number;
  events: number;
  applied: number;
  duplicates: number;
  error: string | null;
};

export type PullSyncHealth =
  | { state: 'not_configured' }
  | {
      state: 'configured';
      enabled: boolean;
      /** A run holds the account now. */
      running: boolean;
      /** "Sync now" was asked and no run has taken it yet. */
      requested: boolean;
      nextRunAt: Date;
      lastSuccessAt: Date | null;
      lastError: string | null;
      consecutiveFailures: number;
      lastRun: SyncRunHealth | null;
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
  sync_configured: boolean;
  sync_enabled: boolean | null;
  sync_running: boolean | null;
  sync_requested: boolean | null;
  next_run_at: Date | string | null;
  last_success_at: Date | string | null;
  last_sync_error: string | null;
  consecutive_failures: number | null;
  run_id: number | string | null;
  run_status: NetworkSyncRunStatus | null;
  run_trigger: NetworkSyncTrigger | null;
  run_started_at: Date | string | null;
  run_finished_at: Date | string | null;
  run_pages: number | null;
  run_events: number | null;
  run_applied: number | null;
  run_duplicates: number | null;
  run_error: string | null;
};

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export async function syncHealth(db: DbOrTx): Promise<AccountHealth[]> {
  const result = await db.execute<Row>(sql`
    select a.id, a.network_code, a.name, a.publisher_id, a.is_active,
      last.received_at as last_received_at,
      coalesce(day.received, 0)::int as received,
      coalesce(day.processed, 0)::int as processed,
      coalesce(day.parse_error, 0)::int as parse_error,
      err.received_at as error_at, err.id as error_id, left(err.error, 300) as error,
      s.network_account_id is not null as sync_configured, s.enabled as sync_enabled,
      coalesce(s.lease_until > now(), false) as sync_running, s.requested_at is not null as sync_requested,
      s.next_run_at, s.last_success_at, left(s.last_error, 300) as last_sync_error, s.consecutive_failures,
      run.id as run_id, run.status as run_status, run.trigger as run_trigger,
      run.started_at as run_started_at, run.finished_at as run_finished_at, run.pages as run_pages,
      run.events as run_events, run.applied as run_applied, run.duplicates as run_duplicates,
      left(run.error, 300) as run_error
    from network_accounts a
    left join network_sync_states s on s.network_account_id = a.id
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
    left join lateral (
      select r.* from network_sync_runs r
      where r.network_account_id = a.id order by r.started_at desc, r.id desc limit 1
    ) run on true
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
    pullSync: pullSync(row),
  }));
}

function pullSync(row: Row): PullSyncHealth {
  if (!row.sync_configured || row.next_run_at === null) return { state: 'not_configured' };
  return {
    state: 'configured',
    enabled: row.sync_enabled === true,
    running: row.sync_running === true,
    requested: row.sync_requested === true,
    nextRunAt: toDate(row.next_run_at)!,
    lastSuccessAt: toDate(row.last_success_at),
    lastError: row.last_sync_error,
    consecutiveFailures: row.consecutive_failures ?? 0,
    lastRun:
      row.run_id === null ||
      row.run_status === null ||
      row.run_trigger === null ||
      row.run_started_at === null
        ? null
        : {
            id: Number(row.run_id),
            status: row.run_status,
            trigger: row.run_trigger,
            startedAt: toDate(row.run_started_at)!,
            finishedAt: toDate(row.run_finished_at),
            pages: row.run_pages ?? 0,
            events: row.run_events ?? 0,
            applied: row.run_applied ?? 0,
            duplicates: row.run_duplicates ?? 0,
            error: row.run_error,
          },
  };
}

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { networkAccounts } from './catalog';

// Pull sync (issue 5): the networks' APIs polled per account. The state row is
// also the queue entry: a worker claims a due account with FOR UPDATE SKIP
// LOCKED and holds it with a lease, so one account is synced by one process at
// a time; "sync now" sets next_run_at = now(). The cursor is written after
// every page, so a run that fails resumes at the first page not yet applied.
// One run-log row per run, for ops (last run, its figures, its error).

const at = () => timestamp({ withTimezone: true });

/** Where a run stands in its range; see lib/networks/sync/sync-cursor.ts. */
export type NetworkSyncCursor = {
  /** The range the run walks, ISO-8601 UTC. */
  from: string;
  to: string;
  /** Index into the client's windows of [from, to]. */
  window: number;
  /** The next page of that window (the network's own paging state); null: its first. */
  page: Record<string, string | number> | null;
};

export const networkSyncTrigger = pgEnum('network_sync_trigger', ['schedule', 'on_demand', 'cli']);
export const networkSyncRunStatus = pgEnum('network_sync_run_status', [
  'running',
  'succeeded',
  /** Stopped at the page limit: the cursor is kept and the next run comes at once. */
  'partial',
  'failed',
]);

export const networkSyncStates = pgTable(
  'network_sync_states',
  {
    networkAccountId: integer()
      .primaryKey()
      .references(() => networkAccounts.id, { onDelete: 'cascade' }),
    enabled: boolean().notNull().default(true),
    intervalMinutes: integer().notNull().default(60),
    /** Days re-polled before the last synced instant (null: the network's default). */
    lookbackDays: integer(),
    /** Overrides the network's API base URL (a mock in tests, a proxy). */
    apiBaseUrl: text(),
    cursor: jsonb().$type<NetworkSyncCursor>(),
    /** The end of the last range walked to completion. */
    syncedUntil: at(),
    nextRunAt: at().notNull().defaultNow(),
    /** Set by "sync now", cleared when a run claims it. */
    requestedAt: at(),
    leaseToken: text(),
    leaseUntil: at(),
    lastStartedAt: at(),
    lastFinishedAt: at(),
    lastSuccessAt: at(),
    lastError: text(),
    consecutiveFailures: integer().notNull().default(0),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    index('network_sync_states_due_idx').on(t.nextRunAt).where(sql`${t.enabled}`),
    check('network_sync_states_interval', sql`${t.intervalMinutes} between 5 and 10080`),
    check('network_sync_states_lookback', sql`${t.lookbackDays} between 0 and 365`),
    check('network_sync_states_lease_pair', sql`(${t.leaseToken} is null) = (${t.leaseUntil} is null)`),
    check('network_sync_states_base_url', sql`${t.apiBaseUrl} ~ '^https?://'`),
  ],
);

export const networkSyncRuns = pgTable(
  'network_sync_runs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    networkAccountId: integer()
      .notNull()
      .references(() => networkAccounts.id, { onDelete: 'restrict' }),
    trigger: networkSyncTrigger().notNull(),
    status: networkSyncRunStatus().notNull().default('running'),
    rangeFrom: at().notNull(),
    rangeTo: at().notNull(),
    /** Started from a cursor a previous run left. */
    resumed: boolean().notNull().default(false),
    startedAt: at().notNull().defaultNow(),
    finishedAt: at(),
    pages: integer().notNull().default(0),
    events: integer().notNull().default(0),
    applied: integer().notNull().default(0),
    duplicates: integer().notNull().default(0),
    /** Stale, rejected transitions and non-commissionable events. */
    otherOutcomes: integer().notNull().default(0),
    /** Records the adapter could not read (kept with their page in the inbox). */
    issues: integer().notNull().default(0),
    /** 429 answers waited out. */
    rateLimited: integer().notNull().default(0),
    error: text(),
  },
  (t) => [
    index('network_sync_runs_account_started_idx').on(t.networkAccountId, t.startedAt.desc()),
    check('network_sync_runs_finished', sql`(${t.status} = 'running') = (${t.finishedAt} is null)`),
  ],
);

export type NetworkSyncState = typeof networkSyncStates.$inferSelect;
export type NetworkSyncRun = typeof networkSyncRuns.$inferSelect;
export type NetworkSyncTrigger = (typeof networkSyncTrigger.enumValues)[number];
export type NetworkSyncRunStatus = (typeof networkSyncRunStatus.enumValues)[number];

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  type NetworkSyncCursor,
  networkAccountSecrets,
  networkAccounts,
  networkSyncRuns,
  networkSyncStates,
} from '@/db/schema';
import { AppError, isAppError } from '@/lib/errors';
import { resolveApiBaseUrl } from './api-base-url';
import type { ApiSession, NetworkApiClient, SyncRange } from './api-client';
import { API_CLIENTS } from './api-clients';
import {
  extendSyncLease,
  leaseLost,
  ownedBy,
  releaseSyncLease,
  SYNC_LEASE_MS,
  type SyncClaim,
} from './claim-sync';
import { finishSyncRun } from './finish-sync-run';
import { type PagePosition, storeSyncPage } from './store-sync-page';
import { readSyncCredentials } from './sync-credentials';
import { createSyncHttp, realClock, type SyncClock, type SyncHttpOptions } from './sync-http';
import { scheduledSyncRange } from './sync-range';

// One sync run of one claimed network account (claim-sync.ts):
//  - where to start: an explicit range (the CLI), else the cursor a failed or
//    page-limited run left (resume), else the scheduled range (sync-range.ts);
//  - the client's windows, page by page, each stored then applied with the
//    cursor moved past it (store-sync-page.ts), at most `maxPages` a run;
//  - the end: a finished range clears the cursor and schedules the next run
//    one interval later; the page limit leaves the cursor and asks for the
//    next run at once; a failure leaves the cursor and retries after a
//    growing pause (or when the network's Retry-After says). Every outcome is
//    written to the state row (for the health screen) and the run log.

export type SyncDeps = {
  /** CREDENTIALS_KEY, to read the account's API credentials. */
  credentialsKey: Buffer | null;
  fetch?: typeof fetch;
  clock?: SyncClock;
  /** For `<NETWORK>_API_BASE_URL`; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  maxPages?: number;
  leaseMs?: number;
  clients?: Readonly<Record<string, NetworkApiClient>>;
  http?: Pick<SyncHttpOptions, 'timeoutMs' | 'transientRetries' | 'rateLimitRetries' | 'maxWaitMs'>;
};

export type SyncRunStatus = 'succeeded' | 'partial' | 'failed';

export type SyncRunSummary = {
  runId: number;
  networkAccountId: number;
  network: string;
  status: SyncRunStatus;
  resumed: boolean;
  range: { from: string; to: string };
  pages: number;
  events: number;
  applied: number;
  duplicates: number;
  otherOutcomes: number;
  issues: number;
  rateLimited: number;
  error: string | null;
};

/** A run walks at most this many pages; the rest waits for the next run (which comes at once). */
export const SYNC_MAX_PAGES = 200;
const ERROR_MAX = 2_000;

export async function runNetworkSync(
  db: Db,
  claim: SyncClaim,
  deps: SyncDeps,
  options: { range?: SyncRange } = {},
): Promise<SyncRunSummary> {
  const clock = deps.clock ?? realClock;
  const leaseMs = deps.leaseMs ?? SYNC_LEASE_MS;
  const maxPages = deps.maxPages ?? SYNC_MAX_PAGES;

  let started: Awaited<ReturnType<typeof startRun>>;
  try {
    started = await startRun(db, claim, clock, options.range, deps.clients ?? API_CLIENTS);
  } catch (error) {
    // Not even a run row: give the account back rather than hold it until the lease runs out.
    await releaseSyncLease(db, claim).catch(() => {});
    throw error;
  }
  const { row, client, start, resumed, runId } = started;

  const summary: SyncRunSummary = {
    runId,
    networkAccountId: row.id,
    network: row.networkCode,
    status: 'failed',
    resumed,
    range: { from: start.from, to: start.to },
    pages: 0,
    events: 0,
    applied: 0,
    duplicates: 0,
    otherOutcomes: 0,
    issues: 0,
    rateLimited: 0,
    error: null,
  };

  let status: SyncRunStatus;
  let failure: unknown = null;
  try {
    if (!client) throw new AppError('unprocessable', `network "${row.networkCode}" has no API to pull from`);
    const session: ApiSession = {
      account: { id: row.id, publisherId: row.publisherId, defaultCurrency: row.defaultCurrency },
      credentials: readSyncCredentials(row.credentialsEncrypted, deps.credentialsKey, client),
      baseUrl: resolveApiBaseUrl(client, row.apiBaseUrl, deps.env ?? process.env),
      call: createSyncHttp({
        fetch: deps.fetch ?? fetch,
        clock,
        callsPerMinute: client.callsPerMinute,
        ...deps.http,
        beforeAttempt: () => extendSyncLease(db, claim, leaseMs),
        onRateLimited: () => {
          summary.rateLimited++;
        },
      }),
      memo: new Map(),
    };
    const windows = client.windows({ from: new Date(start.from), to: new Date(start.to) });
    let position: PagePosition = { window: start.window, page: start.page };
    status = 'succeeded';
    while (position.window < windows.length) {
      if (summary.pages >= maxPages) {
        status = 'partial';
        break;
      }
      const window = windows[position.window]!;
      const fetched = await client.fetchPage(session, window, position.page);
      const stored = await storeSyncPage(db, {
        claim,
        runId: summary.runId,
        client,
        account: {
          id: row.id,
          network: row.networkCode,
          publisherId: row.publisherId,
          defaultCurrency: row.defaultCurrency,
        },
        range: summary.range,
        window,
        position,
        fetched,
        leaseMs,
      });
      position = stored.next;
      summary.pages++;
      summary.events += stored.counts.events;
      summary.applied += stored.counts.applied;
      summary.duplicates += stored.counts.duplicates;
      summary.otherOutcomes += stored.counts.otherOutcomes;
      summary.issues += stored.counts.issues;
    }
  } catch (error) {
    status = 'failed';
    failure = error;
  }
  summary.status = status;
  summary.error = failure === null ? null : clip(errorText(failure));
  await finishSyncRun(db, claim, summary, {
    intervalMinutes: row.intervalMinutes,
    retryAfterS:
      isAppError(failure) && failure.code === 'rate_limited' ? (failure.retryAfterS ?? null) : null,
  });
  return summary;
}

/** Where the run starts, and its run-log row (a run left `running` by a dead worker is closed first). */
async function startRun(
  db: Db,
  claim: SyncClaim,
  clock: SyncClock,
  range: SyncRange | undefined,
  clients: Readonly<Record<string, NetworkApiClient>>,
) {
  const [row] = await db
    .select({
      id: networkAccounts.id,
      networkCode: networkAccounts.networkCode,
      publisherId: networkAccounts.publisherId,
      defaultCurrency: networkAccounts.defaultCurrency,
      credentialsEncrypted: networkAccountSecrets.credentialsEncrypted,
      apiBaseUrl: networkSyncStates.apiBaseUrl,
      lookbackDays: networkSyncStates.lookbackDays,
      intervalMinutes: networkSyncStates.intervalMinutes,
      cursor: networkSyncStates.cursor,
      syncedUntil: networkSyncStates.syncedUntil,
    })
    .from(networkSyncStates)
    .innerJoin(networkAccounts, eq(networkAccounts.id, networkSyncStates.networkAccountId))
    .leftJoin(networkAccountSecrets, eq(networkAccountSecrets.networkAccountId, networkAccounts.id))
    .where(ownedBy(claim));
  if (!row) throw leaseLost(claim);
  const client = clients[row.networkCode] ?? null;

  let start: NetworkSyncCursor;
  let resumed = false;
  if (range) {
    start = {
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      window: 0,
      page: null,
    };
  } else if (row.cursor) {
    start = row.cursor;
    resumed = true;
  } else {
    const scheduled = scheduledSyncRange({
      now: new Date(clock.now()),
      syncedUntil: row.syncedUntil,
      lookbackDays: row.lookbackDays ?? client?.lookbackDays ?? 7,
    });
    start = { from: scheduled.from.toISOString(), to: scheduled.to.toISOString(), window: 0, page: null };
  }

  // We hold the lease: a run still marked running is one whose worker died.
  await db
    .update(networkSyncRuns)
    .set({ status: 'failed', finishedAt: sql`now()`, error: 'abandoned: its worker stopped before the end' })
    .where(and(eq(networkSyncRuns.networkAccountId, row.id), eq(networkSyncRuns.status, 'running')));
  const [run] = await db
    .insert(networkSyncRuns)
    .values({
      networkAccountId: row.id,
      trigger: claim.trigger,
      rangeFrom: new Date(start.from),
      rangeTo: new Date(start.to),
      resumed,
    })
    .returning({ id: networkSyncRuns.id });

  return { row, client, start, resumed, runId: run!.id };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function clip(text: string): string {
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}

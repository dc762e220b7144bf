import type { Db } from '@/db/client';
import { inboxEvents } from '@/db/schema';
import type { AdapterAccount } from '@/lib/networks/conversion-event';
import { type PostbackAccount, resolvePostbackAccount } from '@/lib/networks/network-accounts';
import { hashPostbackToken } from '@/lib/networks/postback-token';
import {
  isTransientDbError,
  type PostbackAdapters,
  processInboxEvent,
  recordProcessingFailure,
} from './process-inbox';
import type { NewInboxEvent, PostbackIntake } from './receive-postback';

// The production server's postback intake (issue 5: 1 000 postbacks/s). Each
// postback must be durable in the inbox before its 200; one commit per row
// makes the WAL flush the limit, so rows are inserted by at most MAX_IN_FLIGHT
// statements at a time and rows arriving meanwhile go together in the next one
// (group commit, as lib/tracking/click-batcher.ts does for clicks). Idle, a
// row is written alone at once. A batch that fails is retried row by row, so
// one bad row fails alone.
//
// Applying a row takes some thirty statements and, with the ledger postings
// inside, far longer than storing it. So rows are applied just after their
// 200, by a few workers in this process (`process` resolves when a row is
// applied, for callers that want to wait). What they have not reached when
// the process dies stays `received` and is taken up by the sweep
// (process-stuck-inbox.ts), which the server runs at start-up and then every
// minute (scripts/server/postback-intake.ts), as it does for rows beyond
// `queueMax` under a flood; applying twice is a no-op.
//
// The account a token opens is remembered for ACCOUNT_TTL_MS: otherwise its
// lookup is the one statement each postback still costs. A token rotated out
// (or an account switched off, an allow-list changed) therefore takes effect
// up to that long later. Refusals are never remembered: a new token works at once.

export type IntakeOptions = {
  adapters: PostbackAdapters;
  /** Insert statements at once (each a batch). */
  maxInFlight?: number;
  maxBatch?: number;
  /** Rows applied at once. */
  processConcurrency?: number;
  /** Rows waiting to be applied beyond this are left to the sweep (bounded memory under a flood). */
  queueMax?: number;
  accountTtlMs?: number;
  onBatch?: (size: number) => void;
};

export type IntakeStats = {
  stored: number;
  processed: number;
  failed: number;
  queued: number;
  dropped: number;
};

export type PostbackIntakeHandle = PostbackIntake & {
  /** Resolves once nothing is being stored or waiting to be applied. */
  idle: () => Promise<void>;
  stats: () => IntakeStats;
};

const MAX_IN_FLIGHT = 2;
const MAX_BATCH = 200;
const PROCESS_CONCURRENCY = 3;
const QUEUE_MAX = 100_000;
const ATTEMPTS = 3;
export const ACCOUNT_TTL_MS = 5_000;
const ACCOUNTS_CACHED_MAX = 1_000;

type PendingRow = { row: NewInboxEvent; resolve: (id: number) => void; reject: (error: unknown) => void };
type Applied = 'processed' | 'parse_error' | 'failed' | 'queued';
type Job = { inboxEventId: number; account: AdapterAccount; done: (applied: Applied) => void };

export function createPostbackIntake(db: Db, options: IntakeOptions): PostbackIntakeHandle {
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  const maxBatch = options.maxBatch ?? MAX_BATCH;
  const concurrency = options.processConcurrency ?? PROCESS_CONCURRENCY;
  const queueMax = options.queueMax ?? QUEUE_MAX;
  const rows: PendingRow[] = [];
  const jobs: Job[] = [];
  let storing = 0;
  let applying = 0;
  let idleWaiters: (() => void)[] = [];
  const counts = { stored: 0, processed: 0, failed: 0, dropped: 0 };

  const settle = () => {
    if (storing > 0 || applying > 0 || rows.length > 0 || jobs.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  };

  const pumpRows = () => {
    while (storing < maxInFlight && rows.length > 0) {
      const batch = rows.splice(0, maxBatch);
      storing += 1;
      options.onBatch?.(batch.length);
      insertBatch(db, batch).then((stored) => {
        storing -= 1;
        counts.stored += stored;
        pumpRows();
        settle();
      });
    }
  };

  const pumpJobs = () => {
    while (applying < concurrency && jobs.length > 0) {
      const job = jobs.shift()!;
      applying += 1;
      apply(db, job, options.adapters)
        .then((applied) => {
          if (applied === 'failed') counts.failed += 1;
          else counts.processed += 1;
          job.done(applied);
        })
        .finally(() => {
          applying -= 1;
          pumpJobs();
          settle();
        });
    }
  };

  let warnedFull = false;
  return {
    resolveAccount: cachedAccounts(options.accountTtlMs ?? ACCOUNT_TTL_MS),
    store: (row) =>
      new Promise<number>((resolve, reject) => {
        rows.push({ row, resolve, reject });
        pumpRows();
      }),
    process: (inboxEventId, account) => {
      if (jobs.length >= queueMax) {
        counts.dropped += 1;
        if (!warnedFull) {
          warnedFull = true;
          console.warn(
            `[postbacks] ${queueMax} rows waiting to be applied: newer ones are left to the sweep`,
          );
        }
        return Promise.resolve('queued' as const);
      }
      warnedFull = false;
      return new Promise<Applied>((done) => {
        jobs.push({ inboxEventId, account, done });
        pumpJobs();
      });
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      }),
    stats: () => ({ ...counts, queued: jobs.length + applying }),
  };
}

function cachedAccounts(ttlMs: number): typeof resolvePostbackAccount {
  const cache = new Map<string, { account: PostbackAccount; until: number }>();
  return async (db, networkCode, token) => {
    // Keyed by the token's hash, as stored: the token itself is not kept in memory.
    const key = `${networkCode}\n${hashPostbackToken(token)}`;
    const hit = cache.get(key);
    if (hit && hit.until > Date.now()) return hit.account;
    const account = await resolvePostbackAccount(db, networkCode, token);
    if (!account) {
      cache.delete(key);
      return null;
    }
    if (cache.size >= ACCOUNTS_CACHED_MAX) cache.clear();
    cache.set(key, { account, until: Date.now() + ttlMs });
    return account;
  };
}

/** Resolves with how many rows were stored; never rejects (each row's promise says how it went). */
async function insertBatch(db: Db, batch: PendingRow[]): Promise<number> {
  try {
    // One INSERT … VALUES returns its rows in the order given.
    const inserted = await db
      .insert(inboxEvents)
      .values(batch.map((pending) => pending.row))
      .returning({ id: inboxEvents.id });
    if (inserted.length !== batch.length) throw new Error('inbox insert returned a different row count');
    batch.forEach((pending, i) => {
      pending.resolve(inserted[i]!.id);
    });
    return batch.length;
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return 0;
    }
    // One row the database refuses must not take the others down with it.
    const stored = await Promise.all(
      batch.map((pending) =>
        db
          .insert(inboxEvents)
          .values(pending.row)
          .returning({ id: inboxEvents.id })
          .then(
            ([row]) => {
              pending.resolve(row!.id);
              return 1;
            },
            (rowError: unknown) => {
              pending.reject(rowError);
              return 0;
            },
          ),
      ),
    );
    return stored.reduce<number>((a, b) => a + b, 0);
  }
}

/** Applies one stored row: processed, unreadable (parse error), or failed and kept for replay. */
async function apply(db: Db, job: Job, adapters: PostbackAdapters): Promise<Exclude<Applied, 'queued'>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await processInboxEvent(db, job.inboxEventId, { adapters, account: job.account });
      return result.status === 'parse_error' ? 'parse_error' : 'processed';
    } catch (error) {
      if (attempt < ATTEMPTS && isTransientDbError(error)) continue;
      await recordProcessingFailure(db, job.inboxEventId, error).catch(() => {});
      return 'failed';
    }
  }
}

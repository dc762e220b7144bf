import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type InboxEvent, inboxEvents } from '@/db/schema';
import type { AdapterAccount, PostbackAdapter, RawPostback } from '@/lib/networks/conversion-event';
import { type ApplyOutcome, applyConversionEvent } from './apply-event';

// Reads a stored inbox row with its network's adapter and applies every event
// in it, in one transaction per row. What cannot be read is kept with its
// error (status parse_error) for ops, who replay it once the adapter is fixed:
// replaying is safe at any time, because applying is idempotent.

export type PostbackAdapters = Readonly<Record<string, PostbackAdapter>>;

export type ProcessResult = { status: 'processed' | 'parse_error'; outcomes: ApplyOutcome[]; error?: string };

const ERROR_MAX = 4_000;

export async function processInboxEvent(
  db: Db,
  inboxEventId: number,
  deps: {
    adapters: PostbackAdapters;
    account: AdapterAccount;
    /** The sweep's: a row another process has read meanwhile is left as it is. */
    onlyReceived?: boolean;
  },
): Promise<ProcessResult> {
  const [row] = await db.select().from(inboxEvents).where(eq(inboxEvents.id, inboxEventId));
  if (!row) throw new Error(`no inbox event ${inboxEventId}`);
  if (deps.onlyReceived && row.status !== 'received') return { status: row.status, outcomes: [] };
  const adapter = deps.adapters[row.networkCode];
  if (!adapter) return markParseError(db, row, `no adapter for network "${row.networkCode}"`);

  let result: ReturnType<PostbackAdapter>;
  try {
    result = adapter(toRawPostback(row), deps.account);
  } catch (error) {
    // Adapters are meant never to throw; one that does is a bug, kept like a parse error.
    return markParseError(
      db,
      row,
      `adapter failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (result.events.length === 0) {
    const issues = result.issues.map((issue) => `${issue.at}: ${issue.problem}`).join('; ');
    return markParseError(db, row, issues || 'no conversion in the payload');
  }

  const outcomes = await db.transaction(async (tx) => {
    // The row's own update first: the events' postings lock shared ledger
    // rows until commit, and every statement after them lengthens that wait
    // for every other postback.
    await tx
      .update(inboxEvents)
      .set({
        status: 'processed',
        processedAt: sql`now()`,
        eventCount: result.events.length,
        error: result.issues.length
          ? truncate(result.issues.map((i) => `${i.at}: ${i.problem}`).join('; '))
          : null,
      })
      .where(eq(inboxEvents.id, row.id));
    const list: ApplyOutcome[] = [];
    for (const event of result.events) {
      list.push(
        (
          await applyConversionEvent(tx, {
            networkAccountId: row.networkAccountId,
            inboxEventId: row.id,
            event,
          })
        ).outcome,
      );
    }
    return list;
  });
  return { status: 'processed', outcomes };
}

/**
 * A row that was stored but could not be applied. When the database refused
 * the work itself (a constraint, a bug), the row stays `received` with the
 * reason, for ops to replay; the sweep (process-stuck-inbox.ts) leaves such
 * rows to them rather than failing on them again and again. When the
 * database was away (connection lost, shutting down), nothing is noted and
 * the sweep tries again later.
 */
export async function recordProcessingFailure(db: Db, inboxEventId: number, error: unknown): Promise<void> {
  const message = errorMessage(error);
  if (failureKind(error) !== 'permanent') {
    console.error(`[postbacks] inbox event ${inboxEventId} left for the sweep: ${message}`);
    return;
  }
  console.error(`[postbacks] inbox event ${inboxEventId} kept for replay: ${message}`);
  try {
    await db
      .update(inboxEvents)
      .set({ error: truncate(`processing failed: ${message}`) })
      .where(and(eq(inboxEvents.id, inboxEventId), eq(inboxEvents.status, 'received')));
  } catch (second) {
    // The database went away meanwhile: the row keeps no reason, and the sweep tries it again.
    console.error(`[postbacks] could not note the failure of ${inboxEventId}: ${errorMessage(second)}`);
  }
}

/**
 * `retry`: a deadlock or serialisation failure, which the same work survives
 * when simply run again; `later`: the database is unreachable or going down;
 * `permanent`: anything else (what the database refuses, a bug).
 */
export function failureKind(error: unknown): 'retry' | 'later' | 'permanent' {
  const cause = (error as { cause?: unknown })?.cause;
  const code = (error as { code?: unknown })?.code ?? (cause as { code?: unknown })?.code;
  if (code === '40P01' || code === '40001') return 'retry';
  if (typeof code === 'string' && (/^(08|53|57)/.test(code) || NETWORK_ERRORS.has(code))) return 'later';
  const message = errorMessage(error);
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(message)) return 'later';
  return 'permanent';
}

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/** Deadlocks and serialisation failures: the same work succeeds when simply run again. */
export function isTransientDbError(error: unknown): boolean {
  return failureKind(error) === 'retry';
}

/** The database's own words when there are some: drizzle's wrapper repeats the whole statement and its values. */
function errorMessage(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function markParseError(db: Db, row: InboxEvent, error: string): Promise<ProcessResult> {
  await db
    .update(inboxEvents)
    .set({ status: 'parse_error', error: truncate(error), processedAt: sql`now()`, eventCount: 0 })
    .where(eq(inboxEvents.id, row.id));
  return { status: 'parse_error', outcomes: [], error };
}

export function toRawPostback(row: InboxEvent): RawPostback {
  const headers = row.headers ?? {};
  return {
    method: row.method === 'POST' ? 'POST' : 'GET',
    query: row.query ?? {},
    headers,
    body: row.body,
    contentType: headers['content-type'] ?? null,
    receivedAt: row.receivedAt.toISOString(),
  };
}

function truncate(text: string): string {
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}

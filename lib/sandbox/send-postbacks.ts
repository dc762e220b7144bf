import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type SandboxPostback, sandboxPostbacks } from '@/db/schema';
import { retryDelayMs } from '@/lib/notifications/retry-delay';
import { SANDBOX_NETWORK_CODE } from './advertiser';
import { noEarlierQueued } from './due-postbacks';
import { awinNotificationUrl } from './postback-payload';

// One pass of the sandbox network's sender, safe to run in any number of
// workers at once (the pattern of lib/notifications/send-outbox.ts):
//  1. resolve where to send; no target yet (postback intake not wired) → send
//     nothing and leave every row queued: the sandbox "queues what it would send";
//  2. claim: one statement counts an attempt on due rows and pushes their
//     due_at past a lease; FOR UPDATE SKIP LOCKED gives concurrent senders
//     disjoint rows, and a row claimed meanwhile fails the re-checked due_at;
//  3. GET each claimed row outside any transaction (the receiver may be slow);
//  4. record the answer: `sent` on 2xx, otherwise queued again after a back-off
//     (1, 2, 4… minutes), or `failed` once the attempts are used up.
// A sender that dies mid-pass leaves rows whose lease runs out; the next pass
// takes them again. Delivery is at least once, as from any network: the
// receiver deduplicates (networks.md §4). A sale's events go out in order: a
// row waits while an earlier one of its sale is still queued.

export type SendSandboxPostbacksOptions = {
  /** Where the network posts for an account's network code; null while intake does not exist. */
  resolveTarget: (networkCode: string) => Promise<URL | null>;
  fetchImpl?: typeof fetch;
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  timeoutMs?: number;
  /** How long claimed rows stay reserved; must outlast the batch. */
  leaseMs?: number;
};

export type SendSandboxReport = {
  /** False when the target resolved to null: nothing was claimed. */
  targetResolved: boolean;
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
};

export const SANDBOX_SEND_DEFAULTS = { batchSize: 20, maxAttempts: 8, timeoutMs: 10_000 } as const;

const ERROR_MAX_CHARS = 2000;
const USER_AGENT = 'Ristourne-Sandbox-Network/1.0';

export async function sendSandboxPostbacks(
  db: Db,
  options: SendSandboxPostbacksOptions,
): Promise<SendSandboxReport> {
  const clock = () => options.now ?? new Date();
  const now = clock();
  const batchSize = options.batchSize ?? SANDBOX_SEND_DEFAULTS.batchSize;
  const maxAttempts = options.maxAttempts ?? SANDBOX_SEND_DEFAULTS.maxAttempts;
  const timeoutMs = options.timeoutMs ?? SANDBOX_SEND_DEFAULTS.timeoutMs;
  const leaseMs = options.leaseMs ?? Math.max(5 * 60_000, batchSize * (timeoutMs + 5_000));
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be ≥ 1');
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) throw new RangeError('maxAttempts must be ≥ 1');
  const fetchImpl = options.fetchImpl ?? fetch;

  const report: SendSandboxReport = { targetResolved: false, claimed: 0, sent: 0, retrying: 0, failed: 0 };
  const target = await options.resolveTarget(SANDBOX_NETWORK_CODE);
  if (target === null) return report;
  report.targetResolved = true;
  report.failed += await abandonExhausted(db, now, maxAttempts);

  const due = db
    .select({ id: sandboxPostbacks.id })
    .from(sandboxPostbacks)
    .where(
      and(
        eq(sandboxPostbacks.status, 'queued'),
        lte(sandboxPostbacks.dueAt, now),
        lt(sandboxPostbacks.attempts, maxAttempts),
        noEarlierQueued(),
      ),
    )
    .orderBy(sandboxPostbacks.dueAt, sandboxPostbacks.id)
    .limit(batchSize)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(sandboxPostbacks)
    .set({ attempts: sql`${sandboxPostbacks.attempts} + 1`, dueAt: new Date(now.getTime() + leaseMs) })
    .where(inArray(sandboxPostbacks.id, due))
    .returning();
  claimed.sort((a, b) => a.id - b.id);
  report.claimed = claimed.length;

  for (const row of claimed) {
    const outcome = await deliver(row, target, fetchImpl, timeoutMs);
    // Guarded by the attempt count: if our lease ran out and another sender
    // claimed the row again, its outcome wins and ours is dropped.
    const ours = and(
      eq(sandboxPostbacks.id, row.id),
      eq(sandboxPostbacks.status, 'queued'),
      eq(sandboxPostbacks.attempts, row.attempts),
    );
    const at = clock();
    if (outcome.ok) {
      await db
        .update(sandboxPostbacks)
        .set({ status: 'sent', sentAt: at, responseStatus: outcome.status, lastError: null })
        .where(ours);
      report.sent++;
      continue;
    }
    const giveUp = row.attempts >= maxAttempts;
    await db
      .update(sandboxPostbacks)
      .set({
        status: giveUp ? 'failed' : 'queued',
        lastError: clip(outcome.error),
        responseStatus: outcome.status,
        dueAt: giveUp ? at : new Date(at.getTime() + retryDelayMs(row.attempts)),
      })
      .where(ours);
    if (giveUp) report.failed++;
    else report.retrying++;
  }
  return report;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function deliver(
  row: SandboxPostback,
  target: URL,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<Outcome> {
  try {
    const response = await fetchImpl(awinNotificationUrl(target, row.payload), {
      method: 'GET',
      // A receiver that redirects is misconfigured; following could leak the payload elsewhere.
      redirect: 'manual',
      headers: { 'user-agent': USER_AGENT, accept: '*/*' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel(); // the answer's body means nothing to a network
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { ok: false, status: null, error: `${message}${cause}` };
  }
}

/** Due rows with no attempts left, which the claim skips: a sender died on the last try. */
async function abandonExhausted(db: Db, now: Date, maxAttempts: number): Promise<number> {
  const rows = await db
    .update(sandboxPostbacks)
    .set({
      status: 'failed',
      lastError: sql`left(coalesce(${sandboxPostbacks.lastError} || '; ', '') || 'no attempts left', ${ERROR_MAX_CHARS})`,
    })
    .where(
      and(
        eq(sandboxPostbacks.status, 'queued'),
        lte(sandboxPostbacks.dueAt, now),
        gte(sandboxPostbacks.attempts, maxAttempts),
      ),
    )
    .returning({ id: sandboxPostbacks.id });
  return rows.length;
}

function clip(text: string): string {
  return text.length > ERROR_MAX_CHARS ? `${text.slice(0, ERROR_MAX_CHARS - 1)}…` : text;
}

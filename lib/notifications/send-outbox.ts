import { and, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { type EmailTransport, PermanentSendError } from './email-transport';
import { retryDelayMs } from './retry-delay';

// One pass of the e-mail sender. Any number of workers may run it at once:
//  1. claim: one statement moves due rows to `sending` with a lease
//     (`next_attempt_at` = now + lease) and counts the attempt; FOR UPDATE
//     SKIP LOCKED makes concurrent claims take disjoint rows without waiting;
//  2. send each claimed row, outside any transaction (SMTP is slow);
//  3. record the outcome: `sent`, or back to `pending` after a back-off, or
//     `failed` once the attempts are used up.
// A worker that dies mid-send leaves `sending` rows whose lease runs out; the
// next claim takes them again. Delivery is therefore at least once, never
// silently dropped, and the Message-ID is stable so a duplicate is recognisable.

export type SendOptions = {
  transport: EmailTransport;
  now?: Date;
  batchSize?: number;
  maxAttempts?: number;
  /**
   * How long claimed rows stay reserved. It must outlast the whole batch, or
   * another worker may send the tail again; the default allows each message
   * the SMTP transport's worst case (about 50 s of timeouts).
   */
  leaseMs?: number;
};

export type SendReport = { claimed: number; sent: number; retrying: number; failed: number };

export const SEND_DEFAULTS = {
  batchSize: 10,
  maxAttempts: 8,
  minLeaseMs: 15 * 60_000,
  leasePerEmailMs: 60_000,
} as const;

const ERROR_MAX_CHARS = 2000;

export async function sendPendingEmails(db: Db, options: SendOptions): Promise<SendReport> {
  // A fixed `now` (tests) pins every timestamp; otherwise outcomes are stamped when they happen.
  const clock = () => options.now ?? new Date();
  const now = clock();
  const batchSize = options.batchSize ?? SEND_DEFAULTS.batchSize;
  const maxAttempts = options.maxAttempts ?? SEND_DEFAULTS.maxAttempts;
  const leaseMs =
    options.leaseMs ?? Math.max(SEND_DEFAULTS.minLeaseMs, batchSize * SEND_DEFAULTS.leasePerEmailMs);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be ≥ 1');
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) throw new RangeError('maxAttempts must be ≥ 1');

  const report: SendReport = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
  report.failed += await abandonExhaustedLeases(db, now, maxAttempts);

  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      and(
        inArray(emailOutbox.status, ['pending', 'sending']),
        lte(emailOutbox.nextAttemptAt, now),
        lt(emailOutbox.attempts, maxAttempts),
      ),
    )
    .orderBy(emailOutbox.nextAttemptAt, emailOutbox.id)
    .limit(batchSize)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(emailOutbox)
    .set({
      status: 'sending',
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + leaseMs),
    })
    .where(inArray(emailOutbox.id, due))
    .returning();
  claimed.sort((a, b) => a.id - b.id);
  report.claimed = claimed.length;

  for (const row of claimed) {
    let failure: unknown = null;
    try {
      await options.transport.send({
        id: row.id,
        createdAt: row.createdAt,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
      });
    } catch (error) {
      failure = error ?? new Error('unknown transport error');
    }
    // Guarded by the attempt count: if our lease ran out and another worker
    // claimed the row again, its outcome wins and ours is dropped.
    const ours = and(
      eq(emailOutbox.id, row.id),
      eq(emailOutbox.status, 'sending'),
      eq(emailOutbox.attempts, row.attempts),
    );
    if (failure === null) {
      await db.update(emailOutbox).set({ status: 'sent', sentAt: clock() }).where(ours);
      report.sent++;
      continue;
    }
    const giveUp = failure instanceof PermanentSendError || row.attempts >= maxAttempts;
    const failedAt = clock();
    await db
      .update(emailOutbox)
      .set({
        status: giveUp ? 'failed' : 'pending',
        lastError: errorText(failure),
        nextAttemptAt: giveUp ? failedAt : new Date(failedAt.getTime() + retryDelayMs(row.attempts)),
      })
      .where(ours);
    if (giveUp) report.failed++;
    else report.retrying++;
  }
  return report;
}

/**
 * Due rows with no attempts left, which the claim skips: a `sending` row whose
 * worker died on the last try, or a `pending` one after maxAttempts was lowered.
 */
async function abandonExhaustedLeases(db: Db, now: Date, maxAttempts: number): Promise<number> {
  const rows = await db
    .update(emailOutbox)
    .set({
      status: 'failed',
      lastError: sql`coalesce(${emailOutbox.lastError} || '; ', '') || 'no attempts left'`,
    })
    .where(
      and(
        inArray(emailOutbox.status, ['pending', 'sending']),
        lte(emailOutbox.nextAttemptAt, now),
        gte(emailOutbox.attempts, maxAttempts),
      ),
    )
    .returning({ id: emailOutbox.id });
  return rows.length;
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > ERROR_MAX_CHARS ? `${message.slice(0, ERROR_MAX_CHARS - 1)}…` : message;
}

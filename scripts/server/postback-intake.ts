import type { Db } from '@/db/client';
import type { PostbackAdapters } from '@/lib/conversions/process-inbox';
import { processStuckInbox } from '@/lib/conversions/process-stuck-inbox';
import { createPostbackIntake, type PostbackIntakeHandle } from '@/lib/conversions/receive-postback-intake';

// The server's postback intake (lib/conversions/receive-postback-intake.ts)
// with its backstop: at start-up, the postbacks a previous run stored but did
// not apply (it was killed, or crashed) are applied; then, every minute, those
// older than five minutes that nobody applied (an in-memory queue that
// overflowed, another server that died). Not while this server still has a
// backlog of its own: those rows are on their way, and applying them twice
// over would only slow both down.

export type ServerIntake = { intake: PostbackIntakeHandle; stop: (timeoutMs: number) => Promise<void> };

const SWEEP_EVERY_MS = 60_000;
const SWEEP_AGE_MS = 5 * 60_000;
const SWEEP_LIMIT = 500;

export function startPostbackIntake(
  db: Db,
  options: { adapters: PostbackAdapters; log: (line: string) => void },
): ServerIntake {
  const intake = createPostbackIntake(db, { adapters: options.adapters });
  let stopped = false;
  let sweeping: Promise<void> = Promise.resolve();

  const sweep = async (receivedBefore: Date) => {
    const total = { processed: 0, parseErrors: 0, failed: 0 };
    for (;;) {
      const report = await processStuckInbox(db, {
        adapters: options.adapters,
        receivedBefore,
        limit: SWEEP_LIMIT,
        concurrency: 2,
      });
      total.processed += report.processed;
      total.parseErrors += report.parseErrors;
      total.failed += report.failed;
      if (stopped || report.claimed < SWEEP_LIMIT) break;
    }
    if (total.processed + total.parseErrors + total.failed > 0) {
      options.log(
        `[server] inbox sweep of stored, unapplied postbacks: ${total.processed} applied, ${total.parseErrors} unreadable, ${total.failed} failed`,
      );
    }
  };
  const run = (receivedBefore: Date) => {
    sweeping = sweeping
      .then(() => sweep(receivedBefore))
      .catch((error: unknown) =>
        options.log(`[server] inbox sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      );
  };

  run(new Date());
  const timer = setInterval(() => {
    if (intake.stats().queued === 0) run(new Date(Date.now() - SWEEP_AGE_MS));
  }, SWEEP_EVERY_MS);
  timer.unref();

  return {
    intake,
    stop: async (timeoutMs) => {
      stopped = true;
      clearInterval(timer);
      // What is queued is applied before exiting when time allows; otherwise the next start-up sweep does it.
      await Promise.race([
        Promise.all([sweeping, intake.idle()]),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ]);
    },
  };
}

import type { Db } from '@/db/client';
import { type RecordClickInput, type RecordedClick, recordClick, recordClicks } from './record-click';

// Group commit for clicks. Each click must be durable before its 302 goes out,
// and one commit per click makes the WAL flush the bottleneck under load. So
// clicks are written by at most MAX_IN_FLIGHT calls at a time; clicks arriving
// meanwhile wait and go together in the next call (record_clicks, one
// transaction). Idle, a click is written alone at once: no added latency. A
// batch that fails is retried click by click, so one bad click fails alone.
// The terms snapshot (a kilobyte or two) is the same text for most clicks of a
// batch: recordClicks sends each distinct text once.

export type ClickWriter = (input: RecordClickInput) => Promise<RecordedClick | null>;

const MAX_IN_FLIGHT = 2;
const MAX_BATCH = 200;

type Pending = {
  input: RecordClickInput;
  resolve: (click: RecordedClick | null) => void;
  reject: (error: unknown) => void;
};

export function createClickBatcher(
  db: Db,
  options: { maxInFlight?: number; maxBatch?: number; onBatch?: (size: number) => void } = {},
): ClickWriter {
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  const maxBatch = options.maxBatch ?? MAX_BATCH;
  const queue: Pending[] = [];
  let inFlight = 0;

  const pump = () => {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      inFlight += 1;
      options.onBatch?.(batch.length);
      write(db, batch).finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  return (input) =>
    new Promise<RecordedClick | null>((resolve, reject) => {
      queue.push({ input, resolve, reject });
      pump();
    });
}

async function write(db: Db, batch: Pending[]): Promise<void> {
  try {
    const clicks = await recordClicks(
      db,
      batch.map((pending) => pending.input),
    );
    batch.forEach((pending, idx) => {
      pending.resolve(clicks[idx] ?? null);
    });
  } catch (error) {
    if (batch.length === 1) {
      batch[0]!.reject(error);
      return;
    }
    // One click the database refuses must not take the others down with it.
    await Promise.all(
      batch.map((pending) => recordClick(db, pending.input).then(pending.resolve, pending.reject)),
    );
  }
}

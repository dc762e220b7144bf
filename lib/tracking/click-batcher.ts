import type { Db } from '@/db/client';
import { REPEAT_WINDOW_S, type RecordClickInput, type RecordedClick, recordClick } from './record-click';

// Group commit for clicks. Each click must be durable before its 302 goes out,
// and one commit per click makes the WAL flush the bottleneck under load. So
// clicks are written by at most MAX_IN_FLIGHT calls at a time; clicks arriving
// meanwhile wait and go together in the next call (record_clicks, one
// transaction). Idle, a click is written alone at once: no added latency. A
// batch that fails is retried click by click, so one bad click fails alone.
// The terms snapshot (a kilobyte or two) is the same text for most clicks of a
// batch: each distinct text is sent once, and the clicks refer to it.

export type ClickWriter = (input: RecordClickInput) => Promise<RecordedClick | null>;

const MAX_IN_FLIGHT = 2;
const MAX_BATCH = 200;

type Pending = {
  input: RecordClickInput;
  resolve: (click: RecordedClick | null) => void;
  reject: (error: unknown) => void;
};

type Row = { idx: number; click_id: string; tracking_url: string; user_id: string; reused: boolean };

const RECORD_CLICKS = {
  name: 'record_clicks_v2',
  text: 'select idx, click_id, tracking_url, user_id, reused from record_clicks($1::jsonb, $2::jsonb, $3)',
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
    const snapshots = new Map<string, number>();
    const items = batch.map((pending, idx) => {
      const { shared } = pending.input.snapshot;
      let ref = snapshots.get(shared);
      if (ref === undefined) {
        ref = snapshots.size;
        snapshots.set(shared, ref);
      }
      return toItem(idx, ref, pending.input);
    });
    const result = await db.$client.query<Row>({
      ...RECORD_CLICKS,
      // Each shared text is already JSON: the array is joined, not serialised again.
      values: [JSON.stringify(items), `[${[...snapshots.keys()].join(',')}]`, REPEAT_WINDOW_S],
    });
    const byIdx = new Map(result.rows.map((row) => [row.idx, row]));
    batch.forEach((pending, idx) => {
      const row = byIdx.get(idx);
      pending.resolve(
        row
          ? { clickId: row.click_id, trackingUrl: row.tracking_url, userId: row.user_id, reused: row.reused }
          : null,
      );
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

function toItem(idx: number, snapshotRef: number, input: RecordClickInput) {
  return {
    idx,
    session_id: input.sessionId,
    click_id: input.clickId,
    tracking_url: input.trackingUrl,
    merchant_id: input.merchantId,
    offer_id: input.offerId,
    network_program_id: input.networkProgramId,
    network_code: input.networkCode,
    snapshot_ref: snapshotRef,
    captured_at: input.snapshot.capturedAt,
    deep_link: input.deepLink,
    ip_hash: input.ipHash,
    user_agent: input.userAgent,
    referrer_path: input.referrerPath,
    device_type: input.deviceType,
  };
}

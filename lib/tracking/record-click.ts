import type { Db } from '@/db/client';
import type { DeviceType } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import type { SnapshotText } from './terms-snapshot';

// Writes members' clicks, committed before the redirects are answered (the
// click is the only evidence a sale can be attributed with). One round trip
// for any number of clicks: the SQL function record_clicks
// (db/migrations/0017_click_writer.sql), as one transaction,
//   1. checks each programme is the merchant's (else the whole call fails);
//   2. takes an advisory lock per (member, merchant, offer, deep link), so a
//      double click cannot race while other clicks never wait on it;
//   3. checks each session (active, account not deleted): a click whose
//      session is closed gets no row back;
//   4. reuses a click with the same key from the last REPEAT_WINDOW_S
//      seconds (or an earlier click of the same call), or inserts the new one.
// Each distinct terms snapshot is sent once; the clicks refer to it by
// position and SQL adds their capturedAt. It runs as a prepared statement: the
// click-out is the hottest query there is.

export const REPEAT_WINDOW_S = 30;

export type RecordClickInput = {
  sessionId: string;
  clickId: string;
  /** Built for `clickId`; used only if the click is new. */
  trackingUrl: string;
  merchantId: number;
  offerId: number | null;
  networkProgramId: number;
  networkCode: string;
  /** The terms snapshot as text, capturedAt apart (terms-snapshot.ts: snapshotText). */
  snapshot: SnapshotText;
  deepLink: string | null;
  ipHash: string | null;
  userAgent: string | null;
  referrerPath: string | null;
  deviceType: DeviceType;
};

export type RecordedClick = { clickId: string; trackingUrl: string; userId: string; reused: boolean };

type Row = { idx: number; click_id: string; tracking_url: string; user_id: string; reused: boolean };

const RECORD_CLICKS = {
  name: 'record_clicks_v2',
  text: 'select idx, click_id, tracking_url, user_id, reused from record_clicks($1::jsonb, $2::jsonb, $3)',
};

/** The recorded (or reused) click; null when the session does not open an account any more. */
export async function recordClick(db: Db, input: RecordClickInput): Promise<RecordedClick | null> {
  return (await recordClicks(db, [input]))[0] ?? null;
}

/** recordClick for several clicks in one statement; the answers in the inputs' order. */
export async function recordClicks(db: Db, inputs: RecordClickInput[]): Promise<(RecordedClick | null)[]> {
  const snapshots = new Map<string, number>();
  const items = [];
  for (const [idx, input] of inputs.entries()) {
    // A session id that is not a UUID opens nothing (and must not fail the others' cast).
    if (!isUuid(input.sessionId)) continue;
    const { shared } = input.snapshot;
    let ref = snapshots.get(shared);
    if (ref === undefined) {
      ref = snapshots.size;
      snapshots.set(shared, ref);
    }
    items.push(toItem(idx, ref, input));
  }
  if (items.length === 0) return inputs.map(() => null);
  const result = await db.$client.query<Row>({
    ...RECORD_CLICKS,
    // Each shared text is already JSON: the array is joined, not serialised again.
    values: [JSON.stringify(items), `[${[...snapshots.keys()].join(',')}]`, REPEAT_WINDOW_S],
  });
  const byIdx = new Map(result.rows.map((row) => [row.idx, row]));
  return inputs.map((_, idx) => {
    const row = byIdx.get(idx);
    return row
      ? { clickId: row.click_id, trackingUrl: row.tracking_url, userId: row.user_id, reused: row.reused }
      : null;
  });
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

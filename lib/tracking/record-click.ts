import type { Db } from '@/db/client';
import type { DeviceType } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';
import { type SnapshotText, snapshotJson } from './terms-snapshot';

// Writes a member's click, committed before the redirect is answered (the
// click is the only evidence a sale can be attributed with). One round trip:
// the SQL function record_click (db/migrations/0008_record_click.sql), as one
// transaction,
//   1. checks the session (active, account not deleted);
//   2. takes an advisory lock on (member, merchant, offer, deep link), so a
//      double click cannot race while other clicks never wait on it;
//   3. reuses a click with the same key from the last REPEAT_WINDOW_S
//      seconds, or inserts the new one.
// It runs as a prepared statement: the click-out is the hottest query there is.

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

const RECORD_CLICK = {
  name: 'record_click_v1',
  text: 'select click_id, tracking_url, user_id, reused from record_click($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)',
};

/** The recorded (or reused) click; null when the session does not open an account any more. */
export async function recordClick(db: Db, input: RecordClickInput): Promise<RecordedClick | null> {
  if (!isUuid(input.sessionId)) return null;
  const result = await db.$client.query<{
    click_id: string;
    tracking_url: string;
    user_id: string;
    reused: boolean;
  }>({
    ...RECORD_CLICK,
    values: [
      input.sessionId,
      input.clickId,
      input.trackingUrl,
      input.merchantId,
      input.offerId,
      input.networkProgramId,
      input.networkCode,
      snapshotJson(input.snapshot),
      input.deepLink,
      input.ipHash,
      input.userAgent,
      input.referrerPath,
      input.deviceType,
      REPEAT_WINDOW_S,
    ],
  });
  const row = result.rows[0];
  if (!row) return null;
  return { clickId: row.click_id, trackingUrl: row.tracking_url, userId: row.user_id, reused: row.reused };
}

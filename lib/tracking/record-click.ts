import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { ClickTermsSnapshot, DeviceType } from '@/db/schema';
import { isUuid } from '@/lib/accounts/account-user';

// Writes a member's click, committed before the redirect is answered (the
// click is the only evidence a sale can be attributed with). Two round trips
// inside one transaction:
//   1. the session is checked (active, account not deleted) and a per-member,
//      per-merchant advisory lock is taken, so a double click cannot race;
//   2. a click by the same member on the same merchant, offer and deep link in
//      the last REPEAT_WINDOW_S seconds is reused, or the new row is inserted.

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
  snapshot: ClickTermsSnapshot;
  deepLink: string | null;
  ipHash: string | null;
  userAgent: string | null;
  referrerPath: string | null;
  deviceType: DeviceType;
};

export type RecordedClick = { clickId: string; trackingUrl: string; userId: string; reused: boolean };

/** The recorded (or reused) click; null when the session does not open an account any more. */
export async function recordClick(db: Db, input: RecordClickInput): Promise<RecordedClick | null> {
  if (!isUuid(input.sessionId)) return null;
  return db.transaction(async (tx) => {
    const member = await tx.execute<{ user_id: string }>(sql`
      select u.id as user_id, pg_advisory_xact_lock(hashtextextended(u.id::text || ':' || ${input.merchantId}::text, 4242))
      from user_sessions s join users u on u.id = s.user_id
      where s.id = ${input.sessionId} and s.revoked_at is null and s.expires_at > now() and u.deleted_at is null`);
    const userId = member.rows[0]?.user_id;
    if (!userId) return null;

    const result = await tx.execute<{ id: string; tracking_url: string; reused: boolean }>(sql`
      with recent as (
        select id, tracking_url from clicks
        where user_id = ${userId} and merchant_id = ${input.merchantId}
          and offer_id is not distinct from ${input.offerId}::integer
          and deep_link is not distinct from ${input.deepLink}::text
          and created_at > now() - ${REPEAT_WINDOW_S} * interval '1 second'
        order by created_at desc limit 1
      ), inserted as (
        insert into clicks (id, user_id, merchant_id, offer_id, network_program_id, network_code,
          terms_snapshot, deep_link, tracking_url, ip_hash, user_agent, referrer_path, device_type)
        select ${input.clickId}, ${userId}, ${input.merchantId}, ${input.offerId}::integer,
          ${input.networkProgramId}, ${input.networkCode}, ${JSON.stringify(input.snapshot)}::jsonb,
          ${input.deepLink}::text, ${input.trackingUrl}, ${input.ipHash}::text, ${input.userAgent}::text,
          ${input.referrerPath}::text, ${input.deviceType}::device_type
        where not exists (select 1 from recent)
        returning id, tracking_url
      )
      select id, tracking_url, false as reused from inserted
      union all
      select id, tracking_url, true as reused from recent`);
    const row = result.rows[0];
    if (!row) throw new Error('recordClick: neither inserted nor reused');
    return { clickId: row.id, trackingUrl: row.tracking_url, userId, reused: row.reused };
  });
}

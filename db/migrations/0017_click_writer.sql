-- The click writers, cheaper and without planner traps (issue 4, bench:redirect).
--
-- 1. No foreign keys on clicks (see db/schema/tracking.ts): each key check was a
--    query and a KEY SHARE lock on the same hot parent rows, about half of a
--    click's database time. record_click and record_clicks check instead: the
--    member through an open session (as before), the programme as the
--    merchant's (else an error: the click-out's target cache is out of date),
--    the offer as the merchant's (else no offer).
-- 2. The repeat-click lookup (same member, merchant, offer and deep link within
--    the window) goes through clicks_repeat_idx, keyed by one 64-bit hash of
--    member, merchant and deep link. Before, it read every click of the member
--    on the merchant in the window, so a member opening many product pages made
--    each click slower than the last. The exact columns are then compared with
--    IS NOT DISTINCT FROM, which no index serves, so no other index can be
--    picked for the lookup: without statistics on clicks (a new or truncated
--    table, no autovacuum yet) the planner had walked the (member, created_at)
--    or (merchant, created_at) index back through every click in the window,
--    measured at 25 ms a click with 30 000 rows. (merchant, created_at) is
--    dropped: nothing reads it.
-- 3. record_clicks is set-based: one INSERT … SELECT for the batch instead of a
--    loop of single inserts, and takes each distinct terms snapshot once
--    (p_snapshots, without capturedAt; the clicks refer to it by position). Both run without sequential scans (every read in
--    them is by key, and a function's plans live as long as its connection, so a
--    plan made on an empty table would otherwise scan it for ever after) and
--    without JIT (a disabled plan node's cost would set JIT compiling, 100 ms).
ALTER TABLE "clicks" DROP CONSTRAINT "clicks_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "clicks" DROP CONSTRAINT "clicks_merchant_id_merchants_id_fk";
--> statement-breakpoint
ALTER TABLE "clicks" DROP CONSTRAINT "clicks_offer_id_offers_id_fk";
--> statement-breakpoint
ALTER TABLE "clicks" DROP CONSTRAINT "clicks_network_program_id_network_programs_id_fk";
--> statement-breakpoint
DROP INDEX "clicks_user_merchant_created_idx";--> statement-breakpoint
DROP INDEX "clicks_merchant_created_idx";--> statement-breakpoint
CREATE INDEX "clicks_repeat_idx" ON "clicks" USING btree (hashtextextended(coalesce("deep_link", ''), uuid_hash_extended("user_id", "merchant_id")),"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE OR REPLACE FUNCTION record_click(
  p_session_id uuid,
  p_click_id char(26),
  p_tracking_url text,
  p_merchant_id integer,
  p_offer_id integer,
  p_network_program_id integer,
  p_network_code text,
  p_terms_snapshot jsonb,
  p_deep_link text,
  p_ip_hash text,
  p_user_agent text,
  p_referrer_path text,
  p_device_type device_type,
  p_repeat_window_s integer
) RETURNS TABLE (click_id char(26), tracking_url text, user_id uuid, reused boolean)
LANGUAGE plpgsql VOLATILE SET enable_seqscan = off SET jit = off AS $$
#variable_conflict use_column
DECLARE
  v_user uuid;
  v_offer integer;
  v_id char(26);
  v_url text;
BEGIN
  SELECT u.id INTO v_user
    FROM user_sessions s JOIN users u ON u.id = s.user_id
   WHERE s.id = p_session_id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.deleted_at IS NULL;
  IF v_user IS NULL THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM network_programs p WHERE p.id = p_network_program_id AND p.merchant_id = p_merchant_id) THEN
    RAISE EXCEPTION 'record_click: programme % is not one of merchant %', p_network_program_id, p_merchant_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  SELECT o.id INTO v_offer FROM offers o WHERE o.id = p_offer_id AND o.merchant_id = p_merchant_id;
  PERFORM pg_advisory_xact_lock(
    hashtextextended(concat_ws(':', v_user, p_merchant_id, v_offer, p_deep_link), 4242));
  SELECT c.id, c.tracking_url INTO v_id, v_url
    FROM clicks c
   WHERE hashtextextended(coalesce(c.deep_link, ''), uuid_hash_extended(c.user_id, c.merchant_id))
         = hashtextextended(coalesce(p_deep_link, ''), uuid_hash_extended(v_user, p_merchant_id))
     AND c.user_id IS NOT DISTINCT FROM v_user AND c.merchant_id IS NOT DISTINCT FROM p_merchant_id
     AND c.deep_link IS NOT DISTINCT FROM p_deep_link AND c.offer_id IS NOT DISTINCT FROM v_offer
     AND c.created_at > clock_timestamp() - make_interval(secs => p_repeat_window_s)
   ORDER BY c.created_at DESC
   LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT v_id, v_url, v_user, true;
    RETURN;
  END IF;
  INSERT INTO clicks (id, user_id, merchant_id, offer_id, network_program_id, network_code, terms_snapshot,
                      deep_link, tracking_url, ip_hash, user_agent, referrer_path, device_type, created_at)
  VALUES (p_click_id, v_user, p_merchant_id, v_offer, p_network_program_id, p_network_code, p_terms_snapshot,
          p_deep_link, p_tracking_url, p_ip_hash, p_user_agent, p_referrer_path, p_device_type, clock_timestamp());
  RETURN QUERY SELECT p_click_id, p_tracking_url, v_user, false;
END;
$$;
--> statement-breakpoint
DROP FUNCTION record_clicks(jsonb, integer);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION record_clicks(p_items jsonb, p_snapshots jsonb, p_repeat_window_s integer)
RETURNS TABLE (idx integer, click_id char(26), tracking_url text, user_id uuid, reused boolean)
LANGUAGE plpgsql VOLATILE SET enable_seqscan = off SET jit = off AS $$
#variable_conflict use_column
DECLARE
  v_bad record;
BEGIN
  -- 1. A programme that is not the merchant's fails the batch (the caller retries click by click).
  SELECT x.network_program_id, x.merchant_id INTO v_bad
    FROM jsonb_to_recordset(p_items) AS x(merchant_id integer, network_program_id integer)
   WHERE NOT EXISTS (SELECT 1 FROM network_programs p WHERE p.id = x.network_program_id AND p.merchant_id = x.merchant_id)
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'record_clicks: programme % is not one of merchant %', v_bad.network_program_id, v_bad.merchant_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;

  -- 2. One advisory lock per repeat key, in key order (two batches never deadlock).
  PERFORM pg_advisory_xact_lock(keys.lock_key)
     FROM (SELECT DISTINCT hashtextextended(concat_ws(':', u.id, x.merchant_id, o.id, x.deep_link), 4242) AS lock_key
             FROM jsonb_to_recordset(p_items) AS x(session_id uuid, merchant_id integer, offer_id integer, deep_link text)
             JOIN user_sessions s ON s.id = x.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
             JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
             LEFT JOIN offers o ON o.id = x.offer_id AND o.merchant_id = x.merchant_id
            ORDER BY 1) AS keys;

  -- 3. One statement (a fresh snapshot, taken after the locks): each click reuses the last
  --    click with its key from the window, else the first click of its key in this batch,
  --    which is inserted. Clicks whose session is closed get no row back.
  RETURN QUERY
  WITH items AS MATERIALIZED (
    SELECT x.*, u.id AS member_id, o.id AS valid_offer_id,
           (p_snapshots -> x.snapshot_ref) || jsonb_build_object('capturedAt', x.captured_at) AS terms_snapshot
      FROM jsonb_to_recordset(p_items) AS x(
             idx integer, session_id uuid, click_id char(26), tracking_url text, merchant_id integer,
             offer_id integer, network_program_id integer, network_code text, snapshot_ref integer,
             captured_at text, deep_link text, ip_hash text, user_agent text, referrer_path text,
             device_type device_type)
      JOIN user_sessions s ON s.id = x.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
      JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
      LEFT JOIN offers o ON o.id = x.offer_id AND o.merchant_id = x.merchant_id
  ),
  keyed AS MATERIALIZED (
    SELECT i.*, prior.id AS prior_id, prior.tracking_url AS prior_url,
           first_value(i.idx) OVER batch_key AS first_idx,
           first_value(i.click_id) OVER batch_key AS first_click_id,
           first_value(i.tracking_url) OVER batch_key AS first_url
      FROM items i
      LEFT JOIN LATERAL (
        SELECT c.id, c.tracking_url
          FROM clicks c
         WHERE hashtextextended(coalesce(c.deep_link, ''), uuid_hash_extended(c.user_id, c.merchant_id))
               = hashtextextended(coalesce(i.deep_link, ''), uuid_hash_extended(i.member_id, i.merchant_id))
           AND c.user_id IS NOT DISTINCT FROM i.member_id AND c.merchant_id IS NOT DISTINCT FROM i.merchant_id
           AND c.deep_link IS NOT DISTINCT FROM i.deep_link AND c.offer_id IS NOT DISTINCT FROM i.valid_offer_id
           AND c.created_at > clock_timestamp() - make_interval(secs => p_repeat_window_s)
         ORDER BY c.created_at DESC
         LIMIT 1
      ) prior ON true
    WINDOW batch_key AS (PARTITION BY i.member_id, i.merchant_id, i.valid_offer_id, i.deep_link ORDER BY i.idx)
  ),
  inserted AS (
    INSERT INTO clicks (id, user_id, merchant_id, offer_id, network_program_id, network_code, terms_snapshot,
                        deep_link, tracking_url, ip_hash, user_agent, referrer_path, device_type, created_at)
    SELECT k.click_id, k.member_id, k.merchant_id, k.valid_offer_id, k.network_program_id, k.network_code,
           k.terms_snapshot, k.deep_link, k.tracking_url, k.ip_hash, k.user_agent, k.referrer_path,
           k.device_type, clock_timestamp()
      FROM keyed k
     WHERE k.prior_id IS NULL AND k.idx = k.first_idx
     ORDER BY k.idx
  )
  -- (A data-modifying WITH runs whether or not the SELECT reads it.)
  SELECT k.idx,
         coalesce(k.prior_id, k.first_click_id),
         coalesce(k.prior_url, k.first_url),
         k.member_id,
         k.prior_id IS NOT NULL OR k.idx <> k.first_idx
    FROM keyed k
   ORDER BY k.idx;
END;
$$;

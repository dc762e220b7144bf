-- The click-out's writes under load, in batches (lib/tracking/click-batcher.ts):
-- one call, one transaction, one WAL flush for every click that arrived while
-- the previous batch was being written. Same rules as record_click, item by
-- item in the order given; the advisory locks are taken first, in key order,
-- so two batches never deadlock on each other.
CREATE OR REPLACE FUNCTION record_clicks(p_items jsonb, p_repeat_window_s integer)
RETURNS TABLE (idx integer, click_id char(26), tracking_url text, user_id uuid, reused boolean)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  item record;
  v_id char(26);
  v_url text;
BEGIN
  PERFORM pg_advisory_xact_lock(keys.lock_key)
     FROM (SELECT DISTINCT hashtextextended(concat_ws(':', u.id, x.merchant_id, x.offer_id, x.deep_link), 4242) AS lock_key
             FROM jsonb_to_recordset(p_items) AS x(session_id uuid, merchant_id integer, offer_id integer, deep_link text)
             JOIN user_sessions s ON s.id = x.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
             JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
            ORDER BY 1) AS keys;

  FOR item IN
    SELECT x.*, u.id AS member_id
      FROM jsonb_to_recordset(p_items) AS x(
             idx integer, session_id uuid, click_id char(26), tracking_url text, merchant_id integer,
             offer_id integer, network_program_id integer, network_code text, terms_snapshot jsonb,
             deep_link text, ip_hash text, user_agent text, referrer_path text, device_type device_type)
      JOIN user_sessions s ON s.id = x.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
      JOIN users u ON u.id = s.user_id AND u.deleted_at IS NULL
     ORDER BY x.idx
  LOOP
    SELECT c.id, c.tracking_url INTO v_id, v_url
      FROM clicks c
     WHERE c.user_id = item.member_id AND c.merchant_id = item.merchant_id
       AND c.offer_id IS NOT DISTINCT FROM item.offer_id
       AND c.deep_link IS NOT DISTINCT FROM item.deep_link
       AND c.created_at > clock_timestamp() - make_interval(secs => p_repeat_window_s)
     ORDER BY c.created_at DESC
     LIMIT 1;
    IF FOUND THEN
      idx := item.idx; click_id := v_id; tracking_url := v_url; user_id := item.member_id; reused := true;
    ELSE
      INSERT INTO clicks (id, user_id, merchant_id, offer_id, network_program_id, network_code, terms_snapshot,
                          deep_link, tracking_url, ip_hash, user_agent, referrer_path, device_type, created_at)
      VALUES (item.click_id, item.member_id, item.merchant_id, item.offer_id, item.network_program_id,
              item.network_code, item.terms_snapshot, item.deep_link, item.tracking_url, item.ip_hash,
              item.user_agent, item.referrer_path, item.device_type, clock_timestamp());
      idx := item.idx; click_id := item.click_id; tracking_url := item.tracking_url;
      user_id := item.member_id; reused := false;
    END IF;
    RETURN NEXT;
  END LOOP;
END;
$$;

-- The click-out's write, in one round trip (issue 4 speed target). A volatile
-- plpgsql function gets a fresh snapshot per statement, so after waiting on
-- the advisory lock it sees the click another request just committed.
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
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
  v_user uuid;
  v_id char(26);
  v_url text;
BEGIN
  SELECT u.id INTO v_user
    FROM user_sessions s JOIN users u ON u.id = s.user_id
   WHERE s.id = p_session_id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.deleted_at IS NULL;
  IF v_user IS NULL THEN
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock(
    hashtextextended(concat_ws(':', v_user, p_merchant_id, p_offer_id, p_deep_link), 4242));
  SELECT c.id, c.tracking_url INTO v_id, v_url
    FROM clicks c
   WHERE c.user_id = v_user AND c.merchant_id = p_merchant_id
     AND c.offer_id IS NOT DISTINCT FROM p_offer_id
     AND c.deep_link IS NOT DISTINCT FROM p_deep_link
     AND c.created_at > clock_timestamp() - make_interval(secs => p_repeat_window_s)
   ORDER BY c.created_at DESC
   LIMIT 1;
  IF FOUND THEN
    RETURN QUERY SELECT v_id, v_url, v_user, true;
    RETURN;
  END IF;
  INSERT INTO clicks (id, user_id, merchant_id, offer_id, network_program_id, network_code, terms_snapshot,
                      deep_link, tracking_url, ip_hash, user_agent, referrer_path, device_type, created_at)
  VALUES (p_click_id, v_user, p_merchant_id, p_offer_id, p_network_program_id, p_network_code, p_terms_snapshot,
          p_deep_link, p_tracking_url, p_ip_hash, p_user_agent, p_referrer_path, p_device_type, clock_timestamp());
  RETURN QUERY SELECT p_click_id, p_tracking_url, v_user, false;
END;
$$;

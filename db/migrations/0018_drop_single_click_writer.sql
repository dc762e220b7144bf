-- One writer for clicks: recordClick (lib/tracking/record-click.ts) now calls
-- record_clicks with a single click, so the single-click function, a copy of
-- the same rules, is gone.
DROP FUNCTION record_click(uuid, char(26), text, integer, integer, integer, text, jsonb, text, text, text, text, device_type, integer);

-- Accent- and typo-tolerant search needs unaccent and pg_trgm. unaccent() is
-- only STABLE (it reads a dictionary), so an IMMUTABLE wrapper that names the
-- dictionary explicitly is used in generated columns and indexes.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);

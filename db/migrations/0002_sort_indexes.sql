DROP INDEX "merchants_status_popularity_idx";--> statement-breakpoint
DROP INDEX "merchants_status_rate_idx";--> statement-breakpoint
DROP INDEX "merchants_status_published_idx";--> statement-breakpoint
DROP INDEX "merchants_status_name_idx";--> statement-breakpoint
ALTER TABLE "merchants" ADD COLUMN "name_folded" text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED;--> statement-breakpoint
CREATE INDEX "merchants_status_popularity_idx" ON "merchants" USING btree ("status","click_count30d" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "merchants_status_rate_idx" ON "merchants" USING btree ("status","best_rate_bps" DESC NULLS LAST,"best_fixed_minor" DESC NULLS LAST,"click_count30d" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "merchants_status_published_idx" ON "merchants" USING btree ("status","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "merchants_status_name_idx" ON "merchants" USING btree ("status","name_folded","id");
CREATE TYPE "public"."device_type" AS ENUM('desktop', 'mobile', 'tablet', 'unknown');--> statement-breakpoint
CREATE TABLE "clicks" (
	"id" char(26) PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"merchant_id" integer NOT NULL,
	"offer_id" integer,
	"network_program_id" integer NOT NULL,
	"network_code" text NOT NULL,
	"terms_snapshot" jsonb NOT NULL,
	"deep_link" text,
	"tracking_url" text NOT NULL,
	"ip_hash" text,
	"user_agent" text,
	"referrer_path" text,
	"device_type" "device_type" DEFAULT 'unknown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clicks_id_format" CHECK ("clicks"."id" ~ '^[0-9a-hjkmnp-tv-z]{26}$'),
	CONSTRAINT "clicks_user_agent_length" CHECK (char_length("clicks"."user_agent") <= 300),
	CONSTRAINT "clicks_deep_link_length" CHECK (char_length("clicks"."deep_link") <= 2000),
	CONSTRAINT "clicks_tracking_url_length" CHECK (char_length("clicks"."tracking_url") <= 4000),
	CONSTRAINT "clicks_referrer_path_length" CHECK (char_length("clicks"."referrer_path") <= 500)
);
--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clicks" ADD CONSTRAINT "clicks_network_program_id_network_programs_id_fk" FOREIGN KEY ("network_program_id") REFERENCES "public"."network_programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clicks_user_created_idx" ON "clicks" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "clicks_user_merchant_created_idx" ON "clicks" USING btree ("user_id","merchant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "clicks_merchant_created_idx" ON "clicks" USING btree ("merchant_id","created_at");
CREATE TYPE "public"."conversion_line_kind" AS ENUM('original', 'amendment', 'correction', 'reversal', 'bonus');--> statement-breakpoint
CREATE TYPE "public"."conversion_status" AS ENUM('pending', 'approved', 'declined', 'paid', 'void');--> statement-breakpoint
CREATE TYPE "public"."conversion_type" AS ENUM('sale', 'lead', 'bonus', 'other');--> statement-breakpoint
CREATE TYPE "public"."conversion_event_outcome" AS ENUM('applied', 'duplicate', 'stale', 'rejected_transition', 'not_commissionable');--> statement-breakpoint
CREATE TYPE "public"."inbox_channel" AS ENUM('postback', 'api', 'csv');--> statement-breakpoint
CREATE TYPE "public"."inbox_status" AS ENUM('received', 'processed', 'parse_error');--> statement-breakpoint
CREATE TYPE "public"."match_status" AS ENUM('matched', 'orphan', 'unknown_click');--> statement-breakpoint
CREATE TABLE "conversion_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversion_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversion_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"status" "conversion_status" NOT NULL,
	"sale_minor" bigint,
	"commission_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conversion_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversion_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"network_account_id" integer NOT NULL,
	"source_record_key" text NOT NULL,
	"event_hash" text NOT NULL,
	"inbox_event_id" bigint NOT NULL,
	"conversion_id" uuid,
	"outcome" "conversion_event_outcome" NOT NULL,
	"detail" text,
	"event" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversion_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversion_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversion_id" uuid NOT NULL,
	"kind" "conversion_line_kind" NOT NULL,
	"sale_delta_minor" bigint,
	"commission_delta_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"reason" text,
	"effective_at" timestamp with time zone NOT NULL,
	"source_record_key" text,
	"event_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversion_status_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conversion_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversion_id" uuid NOT NULL,
	"from_status" "conversion_status",
	"to_status" "conversion_status" NOT NULL,
	"network_status" text NOT NULL,
	"effective_at" timestamp with time zone NOT NULL,
	"event_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_code" text NOT NULL,
	"network_account_id" integer NOT NULL,
	"network_conversion_id" text NOT NULL,
	"advertiser_id" text,
	"order_ref" text,
	"type" "conversion_type" DEFAULT 'sale' NOT NULL,
	"click_ref" text,
	"click_id" char(26),
	"user_id" uuid,
	"merchant_id" integer,
	"match_status" "match_status" NOT NULL,
	"sub_ids" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "conversion_status" NOT NULL,
	"network_status" text NOT NULL,
	"sale_minor" bigint,
	"commission_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"original_sale_minor" bigint,
	"original_currency" char(3),
	"converted_at" timestamp with time zone NOT NULL,
	"clicked_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"lock_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"decline_reason" text,
	"last_effective_at" timestamp with time zone NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"assigned_by" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversions_currency_format" CHECK ("conversions"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "conversions_matched_has_click" CHECK (("conversions"."match_status" = 'matched') = ("conversions"."user_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "inbox_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "inbox_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"network_code" text NOT NULL,
	"network_account_id" integer NOT NULL,
	"channel" "inbox_channel" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_ip" "inet",
	"method" text,
	"path" text,
	"query" jsonb,
	"headers" jsonb,
	"body" text DEFAULT '' NOT NULL,
	"payload_hash" text NOT NULL,
	"status" "inbox_status" DEFAULT 'received' NOT NULL,
	"error" text,
	"event_count" integer DEFAULT 0 NOT NULL,
	"processed_at" timestamp with time zone,
	"replay_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "inbox_events_payload_hash_hex" CHECK ("inbox_events"."payload_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "inbox_events_body_size" CHECK (octet_length("inbox_events"."body") <= 1048576)
);
--> statement-breakpoint
CREATE TABLE "network_account_secrets" (
	"network_account_id" integer PRIMARY KEY NOT NULL,
	"postback_token_hash" text NOT NULL,
	"previous_token_hash" text,
	"previous_token_valid_until" timestamp with time zone,
	"credentials_encrypted" text,
	"allowed_source_ips" text[],
	"field_map" jsonb,
	"rotated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_account_secrets_token_hex" CHECK ("network_account_secrets"."postback_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "network_account_secrets_previous_pair" CHECK (("network_account_secrets"."previous_token_hash" is null) = ("network_account_secrets"."previous_token_valid_until" is null))
);
--> statement-breakpoint
ALTER TABLE "conversion_changes" ADD CONSTRAINT "conversion_changes_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_events" ADD CONSTRAINT "conversion_events_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_events" ADD CONSTRAINT "conversion_events_inbox_event_id_inbox_events_id_fk" FOREIGN KEY ("inbox_event_id") REFERENCES "public"."inbox_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_events" ADD CONSTRAINT "conversion_events_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_lines" ADD CONSTRAINT "conversion_lines_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_lines" ADD CONSTRAINT "conversion_lines_event_id_conversion_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conversion_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_status_changes" ADD CONSTRAINT "conversion_status_changes_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_status_changes" ADD CONSTRAINT "conversion_status_changes_event_id_conversion_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."conversion_events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_click_id_clicks_id_fk" FOREIGN KEY ("click_id") REFERENCES "public"."clicks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversions" ADD CONSTRAINT "conversions_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbox_events" ADD CONSTRAINT "inbox_events_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_account_secrets" ADD CONSTRAINT "network_account_secrets_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "conversion_changes_revision_key" ON "conversion_changes" USING btree ("conversion_id","revision");--> statement-breakpoint
CREATE INDEX "conversion_changes_pending_idx" ON "conversion_changes" USING btree ("id") WHERE "conversion_changes"."consumed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversion_events_idempotency_key" ON "conversion_events" USING btree ("network_account_id","source_record_key","event_hash");--> statement-breakpoint
CREATE INDEX "conversion_events_conversion_idx" ON "conversion_events" USING btree ("conversion_id","id");--> statement-breakpoint
CREATE INDEX "conversion_events_inbox_idx" ON "conversion_events" USING btree ("inbox_event_id");--> statement-breakpoint
CREATE INDEX "conversion_events_rejected_idx" ON "conversion_events" USING btree ("created_at" DESC NULLS LAST) WHERE "conversion_events"."outcome" = 'rejected_transition';--> statement-breakpoint
CREATE INDEX "conversion_lines_conversion_idx" ON "conversion_lines" USING btree ("conversion_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversion_lines_event_key" ON "conversion_lines" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversion_lines_record_key" ON "conversion_lines" USING btree ("conversion_id","source_record_key") WHERE "conversion_lines"."source_record_key" is not null;--> statement-breakpoint
CREATE INDEX "conversion_status_changes_conversion_idx" ON "conversion_status_changes" USING btree ("conversion_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversions_account_network_id_key" ON "conversions" USING btree ("network_account_id","network_conversion_id");--> statement-breakpoint
CREATE INDEX "conversions_user_converted_idx" ON "conversions" USING btree ("user_id","converted_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "conversions_unmatched_idx" ON "conversions" USING btree ("match_status","first_seen_at" DESC NULLS LAST) WHERE "conversions"."match_status" <> 'matched';--> statement-breakpoint
CREATE INDEX "conversions_flagged_idx" ON "conversions" USING btree ("updated_at" DESC NULLS LAST) WHERE "conversions"."flagged";--> statement-breakpoint
CREATE INDEX "conversions_click_idx" ON "conversions" USING btree ("click_id");--> statement-breakpoint
CREATE INDEX "inbox_events_received_idx" ON "inbox_events" USING btree ("received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_events_account_received_idx" ON "inbox_events" USING btree ("network_account_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "inbox_events_status_idx" ON "inbox_events" USING btree ("status","received_at" DESC NULLS LAST) WHERE "inbox_events"."status" <> 'processed';
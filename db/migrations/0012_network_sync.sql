CREATE TYPE "public"."network_sync_run_status" AS ENUM('running', 'succeeded', 'partial', 'failed');--> statement-breakpoint
CREATE TYPE "public"."network_sync_trigger" AS ENUM('schedule', 'on_demand', 'cli');--> statement-breakpoint
CREATE TABLE "network_sync_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "network_sync_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"network_account_id" integer NOT NULL,
	"trigger" "network_sync_trigger" NOT NULL,
	"status" "network_sync_run_status" DEFAULT 'running' NOT NULL,
	"range_from" timestamp with time zone NOT NULL,
	"range_to" timestamp with time zone NOT NULL,
	"resumed" boolean DEFAULT false NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"pages" integer DEFAULT 0 NOT NULL,
	"events" integer DEFAULT 0 NOT NULL,
	"applied" integer DEFAULT 0 NOT NULL,
	"duplicates" integer DEFAULT 0 NOT NULL,
	"other_outcomes" integer DEFAULT 0 NOT NULL,
	"issues" integer DEFAULT 0 NOT NULL,
	"rate_limited" integer DEFAULT 0 NOT NULL,
	"error" text,
	CONSTRAINT "network_sync_runs_finished" CHECK (("network_sync_runs"."status" = 'running') = ("network_sync_runs"."finished_at" is null))
);
--> statement-breakpoint
CREATE TABLE "network_sync_states" (
	"network_account_id" integer PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"interval_minutes" integer DEFAULT 60 NOT NULL,
	"lookback_days" integer,
	"api_base_url" text,
	"cursor" jsonb,
	"synced_until" timestamp with time zone,
	"next_run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_at" timestamp with time zone,
	"lease_token" text,
	"lease_until" timestamp with time zone,
	"last_started_at" timestamp with time zone,
	"last_finished_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_sync_states_interval" CHECK ("network_sync_states"."interval_minutes" between 5 and 10080),
	CONSTRAINT "network_sync_states_lookback" CHECK ("network_sync_states"."lookback_days" between 0 and 365),
	CONSTRAINT "network_sync_states_lease_pair" CHECK (("network_sync_states"."lease_token" is null) = ("network_sync_states"."lease_until" is null)),
	CONSTRAINT "network_sync_states_base_url" CHECK ("network_sync_states"."api_base_url" ~ '^https?://')
);
--> statement-breakpoint
ALTER TABLE "network_sync_runs" ADD CONSTRAINT "network_sync_runs_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_sync_states" ADD CONSTRAINT "network_sync_states_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_sync_runs_account_started_idx" ON "network_sync_runs" USING btree ("network_account_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "network_sync_states_due_idx" ON "network_sync_states" USING btree ("next_run_at") WHERE "network_sync_states"."enabled";
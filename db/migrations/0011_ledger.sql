CREATE TYPE "public"."ledger_adjustment_status" AS ENUM('awaiting_approval', 'posted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."ledger_account_kind" AS ENUM('network_receivable', 'cash', 'member_pending', 'member_confirmed', 'member_available', 'member_withdrawing', 'member_receivable', 'platform_margin_pending', 'platform_margin', 'marketing_expense');--> statement-breakpoint
CREATE TYPE "public"."ledger_source_type" AS ENUM('conversion_change', 'adjustment', 'bonus', 'withdrawal');--> statement-breakpoint
CREATE TYPE "public"."member_cashback_status" AS ENUM('tracked', 'pending', 'confirmed', 'payable', 'paid', 'cancelled');--> statement-breakpoint
CREATE TABLE "ledger_accounts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_accounts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "ledger_account_kind" NOT NULL,
	"user_id" uuid,
	"network_account_id" integer,
	"currency" char(3) NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"line_count" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_owner_key" UNIQUE NULLS NOT DISTINCT("kind","user_id","network_account_id","currency"),
	CONSTRAINT "ledger_accounts_currency_format" CHECK ("ledger_accounts"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "ledger_accounts_owner_shape" CHECK (("ledger_accounts"."kind"::text like 'member_%') = ("ledger_accounts"."user_id" is not null)
        and ("ledger_accounts"."kind" = 'network_receivable') = ("ledger_accounts"."network_account_id" is not null)),
	CONSTRAINT "ledger_accounts_member_not_negative" CHECK (case when "ledger_accounts"."kind" in ('member_pending', 'member_confirmed', 'member_available', 'member_withdrawing')
        then "ledger_accounts"."balance_minor" <= 0
        when "ledger_accounts"."kind" = 'member_receivable' then "ledger_accounts"."balance_minor" >= 0 else true end)
);
--> statement-breakpoint
CREATE TABLE "ledger_adjustments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_adjustments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"reason" text NOT NULL,
	"status" "ledger_adjustment_status" NOT NULL,
	"requested_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_adjustments_not_zero" CHECK ("ledger_adjustments"."amount_minor" <> 0),
	CONSTRAINT "ledger_adjustments_reason" CHECK (length("ledger_adjustments"."reason") between 3 and 500),
	CONSTRAINT "ledger_adjustments_four_eyes" CHECK ("ledger_adjustments"."decided_by" is null or "ledger_adjustments"."decided_by" <> "ledger_adjustments"."requested_by")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source_type" "ledger_source_type" NOT NULL,
	"source_key" text NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"conversion_id" uuid,
	"memo" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"entry_id" bigint NOT NULL,
	"account_id" integer NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_lines_not_zero" CHECK ("ledger_lines"."amount_minor" <> 0)
);
--> statement-breakpoint
CREATE TABLE "member_cashback" (
	"conversion_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"status" "member_cashback_status" NOT NULL,
	"currency" char(3) NOT NULL,
	"commission_minor" bigint NOT NULL,
	"member_minor" bigint NOT NULL,
	"platform_minor" bigint NOT NULL,
	"marketing_minor" bigint DEFAULT 0 NOT NULL,
	"boost_id" integer,
	"boost_extra_minor" bigint DEFAULT 0 NOT NULL,
	"split" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer NOT NULL,
	"payable_at" timestamp with time zone,
	"flagged" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_cashback_parts_sum" CHECK ("member_cashback"."member_minor" + "member_cashback"."platform_minor" = "member_cashback"."commission_minor" + "member_cashback"."marketing_minor")
);
--> statement-breakpoint
CREATE TABLE "member_cashback_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_cashback_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversion_id" uuid NOT NULL,
	"user_id" uuid,
	"kind" text NOT NULL,
	"status" "member_cashback_status" NOT NULL,
	"member_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"reason" text,
	"entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "boosts" ADD COLUMN "budget_minor" bigint;--> statement-breakpoint
ALTER TABLE "cashback_rates" ADD COLUMN "cap_minor" bigint;--> statement-breakpoint
ALTER TABLE "cashback_rates" ADD COLUMN "subsidised" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_adjustments" ADD CONSTRAINT "ledger_adjustments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_adjustments" ADD CONSTRAINT "ledger_adjustments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_adjustments" ADD CONSTRAINT "ledger_adjustments_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_adjustments" ADD CONSTRAINT "ledger_adjustments_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lines" ADD CONSTRAINT "ledger_lines_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback" ADD CONSTRAINT "member_cashback_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback" ADD CONSTRAINT "member_cashback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback" ADD CONSTRAINT "member_cashback_boost_id_boosts_id_fk" FOREIGN KEY ("boost_id") REFERENCES "public"."boosts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback_events" ADD CONSTRAINT "member_cashback_events_conversion_id_conversions_id_fk" FOREIGN KEY ("conversion_id") REFERENCES "public"."conversions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback_events" ADD CONSTRAINT "member_cashback_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cashback_events" ADD CONSTRAINT "member_cashback_events_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_accounts_user_idx" ON "ledger_accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ledger_adjustments_status_idx" ON "ledger_adjustments" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ledger_adjustments_user_idx" ON "ledger_adjustments" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_source_key" ON "ledger_entries" USING btree ("source_type","source_key");--> statement-breakpoint
CREATE INDEX "ledger_entries_user_idx" ON "ledger_entries" USING btree ("user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "ledger_entries_conversion_idx" ON "ledger_entries" USING btree ("conversion_id","id");--> statement-breakpoint
CREATE INDEX "ledger_lines_entry_idx" ON "ledger_lines" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "ledger_lines_account_idx" ON "ledger_lines" USING btree ("account_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "member_cashback_user_idx" ON "member_cashback" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "member_cashback_boost_idx" ON "member_cashback" USING btree ("boost_id") WHERE "member_cashback"."boost_id" is not null;--> statement-breakpoint
CREATE INDEX "member_cashback_events_conversion_idx" ON "member_cashback_events" USING btree ("conversion_id","id");--> statement-breakpoint
ALTER TABLE "boosts" ADD CONSTRAINT "boosts_budget_positive" CHECK ("boosts"."budget_minor" is null or "boosts"."budget_minor" > 0);--> statement-breakpoint
ALTER TABLE "cashback_rates" ADD CONSTRAINT "cashback_rates_cap_positive" CHECK ("cashback_rates"."cap_minor" is null or "cashback_rates"."cap_minor" > 0);--> statement-breakpoint
-- Append-only (DESIGN.md §3.3): a correction is a new entry, never an UPDATE or a DELETE.
-- (TRUNCATE, an owner's operation that tests use to reset, is left to privileges.)
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger rows are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();--> statement-breakpoint
CREATE TRIGGER ledger_lines_append_only BEFORE UPDATE OR DELETE ON "ledger_lines"
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();--> statement-breakpoint
-- Every entry balances per currency, checked at commit (the lines of an entry are inserted one statement at a time).
CREATE FUNCTION ledger_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unbalanced text;
BEGIN
  SELECT currency INTO unbalanced FROM ledger_lines
    WHERE entry_id = NEW.entry_id GROUP BY currency HAVING sum(amount_minor) <> 0 LIMIT 1;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'ledger entry % does not balance in %', NEW.entry_id, unbalanced
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_lines_balanced AFTER INSERT ON "ledger_lines"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_balances();

CREATE TYPE "public"."dormant_notice_kind" AS ENUM('warning', 'reminder', 'paid_out', 'donated');--> statement-breakpoint
CREATE TYPE "public"."payout_batch_item_status" AS ENUM('pending', 'paid', 'returned');--> statement-breakpoint
CREATE TYPE "public"."payout_batch_status" AS ENUM('created', 'exported', 'submitted', 'settled', 'failed');--> statement-breakpoint
CREATE TYPE "public"."payout_method_kind" AS ENUM('paypal', 'sepa', 'charity', 'gift_card');--> statement-breakpoint
CREATE TYPE "public"."withdrawal_hold_reason" AS ENUM('awaiting_confirmation', 'security_hold', 'ops_review');--> statement-breakpoint
CREATE TYPE "public"."withdrawal_status" AS ENUM('requested', 'on_hold', 'approved', 'in_batch', 'paid', 'returned', 'rejected', 'cancelled');--> statement-breakpoint
CREATE TABLE "charities" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "charities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"website_url" text,
	"active" boolean DEFAULT true NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charities_slug_format" CHECK ("charities"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "charities_name_length" CHECK (char_length("charities"."name") between 1 and 120),
	CONSTRAINT "charities_default_is_active" CHECK (not "charities"."is_default" or "charities"."active")
);
--> statement-breakpoint
CREATE TABLE "dormant_balance_notices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dormant_balance_notices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" "dormant_notice_kind" NOT NULL,
	"inactive_since" timestamp with time zone NOT NULL,
	"balance_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"withdrawal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dormant_balance_notices_once" UNIQUE("user_id","kind","inactive_since","currency"),
	CONSTRAINT "dormant_balance_notices_balance" CHECK ("dormant_balance_notices"."balance_minor" >= 0),
	CONSTRAINT "dormant_balance_notices_withdrawal_shape" CHECK (("dormant_balance_notices"."kind" in ('paid_out', 'donated')) = ("dormant_balance_notices"."withdrawal_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "gift_card_brands" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gift_card_brands_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_card_brands_slug_format" CHECK ("gift_card_brands"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "gift_card_brands_name_length" CHECK (char_length("gift_card_brands"."name") between 1 and 120),
	CONSTRAINT "gift_card_brands_currency_format" CHECK ("gift_card_brands"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "gift_cards" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "gift_cards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"brand_id" integer NOT NULL,
	"value_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"code_encrypted" text NOT NULL,
	"code_fingerprint" text NOT NULL,
	"expires_on" date,
	"uploaded_by" uuid,
	"withdrawal_id" uuid,
	"assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_cards_value_positive" CHECK ("gift_cards"."value_minor" > 0),
	CONSTRAINT "gift_cards_currency_format" CHECK ("gift_cards"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "gift_cards_assigned_shape" CHECK (("gift_cards"."withdrawal_id" is null) = ("gift_cards"."assigned_at" is null))
);
--> statement-breakpoint
CREATE TABLE "payout_batch_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payout_batch_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"batch_id" integer NOT NULL,
	"withdrawal_id" uuid NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"reference" text NOT NULL,
	"provider_item_id" text,
	"status" "payout_batch_item_status" DEFAULT 'pending' NOT NULL,
	"failure_reason" text,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batch_items_amount_positive" CHECK ("payout_batch_items"."amount_minor" > 0),
	CONSTRAINT "payout_batch_items_reference_length" CHECK (char_length("payout_batch_items"."reference") between 1 and 35),
	CONSTRAINT "payout_batch_items_settled_shape" CHECK (("payout_batch_items"."status" = 'pending') = ("payout_batch_items"."settled_at" is null)),
	CONSTRAINT "payout_batch_items_returned_reason" CHECK ("payout_batch_items"."status" <> 'returned' or "payout_batch_items"."failure_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "payout_batches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payout_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"method" "payout_method_kind" NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" "payout_batch_status" DEFAULT 'created' NOT NULL,
	"currency" char(3) NOT NULL,
	"item_count" integer NOT NULL,
	"total_minor" bigint NOT NULL,
	"created_by" uuid,
	"file_name" text,
	"exported_at" timestamp with time zone,
	"provider_batch_id" text,
	"provider_status" text,
	"submitted_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batches_key_format" CHECK ("payout_batches"."idempotency_key" ~ '^[a-z_]+-[0-9A-Z]{26}$'),
	CONSTRAINT "payout_batches_key_method" CHECK (starts_with("payout_batches"."idempotency_key", "payout_batches"."method"::text || '-')),
	CONSTRAINT "payout_batches_currency_format" CHECK ("payout_batches"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "payout_batches_items_positive" CHECK ("payout_batches"."item_count" > 0 and "payout_batches"."total_minor" > 0),
	CONSTRAINT "payout_batches_exported_shape" CHECK (("payout_batches"."file_name" is null) = ("payout_batches"."exported_at" is null))
);
--> statement-breakpoint
CREATE TABLE "payout_methods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "payout_method_kind" NOT NULL,
	"details_encrypted" text,
	"masked_detail" text,
	"details_fingerprint" text,
	"charity_id" integer,
	"gift_card_brand_id" integer,
	"verified_at" timestamp with time zone,
	"verification_token_hash" text,
	"verification_expires_at" timestamp with time zone,
	"details_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_methods_details_shape" CHECK (("payout_methods"."kind" in ('paypal', 'sepa')) = ("payout_methods"."details_encrypted" is not null)
        and ("payout_methods"."details_encrypted" is null) = ("payout_methods"."masked_detail" is null)
        and ("payout_methods"."details_encrypted" is null) = ("payout_methods"."details_fingerprint" is null)
        and ("payout_methods"."kind" = 'charity') = ("payout_methods"."charity_id" is not null)
        and ("payout_methods"."kind" = 'gift_card') = ("payout_methods"."gift_card_brand_id" is not null)),
	CONSTRAINT "payout_methods_token_hash_hex" CHECK ("payout_methods"."verification_token_hash" is null or "payout_methods"."verification_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "payout_methods_token_pair" CHECK (("payout_methods"."verification_token_hash" is null) = ("payout_methods"."verification_expires_at" is null)),
	CONSTRAINT "payout_methods_verified_has_no_token" CHECK ("payout_methods"."verified_at" is null or "payout_methods"."verification_token_hash" is null)
);
--> statement-breakpoint
CREATE TABLE "payout_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"dormant_donate" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "withdrawal_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "withdrawal_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"withdrawal_id" uuid NOT NULL,
	"from_status" "withdrawal_status",
	"to_status" "withdrawal_status" NOT NULL,
	"hold_reason" "withdrawal_hold_reason",
	"reason" text,
	"actor_user_id" uuid,
	"entry_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "withdrawal_events_reason_length" CHECK (char_length("withdrawal_events"."reason") <= 500)
);
--> statement-breakpoint
CREATE TABLE "withdrawals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"payout_method_id" uuid NOT NULL,
	"method" "payout_method_kind" NOT NULL,
	"destination_label" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" "withdrawal_status" NOT NULL,
	"idempotency_key" text NOT NULL,
	"confirmation_required" boolean DEFAULT false NOT NULL,
	"confirmation_token_hash" text,
	"confirmation_expires_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"hold_reason" "withdrawal_hold_reason",
	"hold_note" text,
	"reject_reason" text,
	"return_reason" text,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"second_approved_by" uuid,
	"second_approved_at" timestamp with time zone,
	"batch_id" integer,
	"paid_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "withdrawals_user_idempotency_key" UNIQUE("user_id","idempotency_key"),
	CONSTRAINT "withdrawals_amount_positive" CHECK ("withdrawals"."amount_minor" > 0),
	CONSTRAINT "withdrawals_currency_format" CHECK ("withdrawals"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "withdrawals_idempotency_key_format" CHECK ("withdrawals"."idempotency_key" ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
	CONSTRAINT "withdrawals_token_hash_hex" CHECK ("withdrawals"."confirmation_token_hash" is null or "withdrawals"."confirmation_token_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "withdrawals_token_pair" CHECK (("withdrawals"."confirmation_token_hash" is null) = ("withdrawals"."confirmation_expires_at" is null)),
	CONSTRAINT "withdrawals_confirmed_was_required" CHECK ("withdrawals"."confirmed_at" is null or "withdrawals"."confirmation_required"),
	CONSTRAINT "withdrawals_on_hold_has_reason" CHECK (("withdrawals"."status" = 'on_hold') = ("withdrawals"."hold_reason" is not null)),
	CONSTRAINT "withdrawals_ops_hold_has_note" CHECK (coalesce("withdrawals"."hold_reason" = 'ops_review', false) = ("withdrawals"."hold_note" is not null)),
	CONSTRAINT "withdrawals_rejected_has_reason" CHECK ("withdrawals"."status" <> 'rejected' or "withdrawals"."reject_reason" is not null),
	CONSTRAINT "withdrawals_returned_has_reason" CHECK ("withdrawals"."status" <> 'returned' or "withdrawals"."return_reason" is not null),
	CONSTRAINT "withdrawals_approved_shape" CHECK (("withdrawals"."approved_by" is null) = ("withdrawals"."approved_at" is null)
        and ("withdrawals"."second_approved_by" is null) = ("withdrawals"."second_approved_at" is null)
        and ("withdrawals"."second_approved_by" is null or "withdrawals"."approved_by" is not null)
        and ("withdrawals"."status" not in ('approved', 'in_batch', 'paid', 'returned') or "withdrawals"."approved_by" is not null)),
	CONSTRAINT "withdrawals_second_approver_differs" CHECK ("withdrawals"."second_approved_by" is null or "withdrawals"."second_approved_by" <> "withdrawals"."approved_by"),
	CONSTRAINT "withdrawals_not_self_approved" CHECK (("withdrawals"."approved_by" is null or "withdrawals"."approved_by" <> "withdrawals"."user_id")
        and ("withdrawals"."second_approved_by" is null or "withdrawals"."second_approved_by" <> "withdrawals"."user_id")),
	CONSTRAINT "withdrawals_batch_shape" CHECK ("withdrawals"."status" not in ('in_batch', 'paid', 'returned') or "withdrawals"."batch_id" is not null),
	CONSTRAINT "withdrawals_paid_shape" CHECK ("withdrawals"."status" <> 'paid' or "withdrawals"."paid_at" is not null),
	CONSTRAINT "withdrawals_closed_shape" CHECK (("withdrawals"."status" in ('paid', 'returned', 'rejected', 'cancelled')) = ("withdrawals"."closed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "dormant_balance_notices" ADD CONSTRAINT "dormant_balance_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dormant_balance_notices" ADD CONSTRAINT "dormant_balance_notices_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_cards" ADD CONSTRAINT "gift_cards_brand_id_gift_card_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."gift_card_brands"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_cards" ADD CONSTRAINT "gift_cards_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_cards" ADD CONSTRAINT "gift_cards_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batch_items" ADD CONSTRAINT "payout_batch_items_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batch_items" ADD CONSTRAINT "payout_batch_items_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_methods" ADD CONSTRAINT "payout_methods_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_methods" ADD CONSTRAINT "payout_methods_charity_id_charities_id_fk" FOREIGN KEY ("charity_id") REFERENCES "public"."charities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_methods" ADD CONSTRAINT "payout_methods_gift_card_brand_id_gift_card_brands_id_fk" FOREIGN KEY ("gift_card_brand_id") REFERENCES "public"."gift_card_brands"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_preferences" ADD CONSTRAINT "payout_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_events" ADD CONSTRAINT "withdrawal_events_withdrawal_id_withdrawals_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."withdrawals"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_events" ADD CONSTRAINT "withdrawal_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawal_events" ADD CONSTRAINT "withdrawal_events_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_payout_method_id_payout_methods_id_fk" FOREIGN KEY ("payout_method_id") REFERENCES "public"."payout_methods"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_second_approved_by_users_id_fk" FOREIGN KEY ("second_approved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charities_slug_key" ON "charities" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "charities_one_default" ON "charities" USING btree ("is_default") WHERE "charities"."is_default";--> statement-breakpoint
CREATE INDEX "dormant_balance_notices_created_idx" ON "dormant_balance_notices" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_card_brands_slug_key" ON "gift_card_brands" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_cards_code_key" ON "gift_cards" USING btree ("code_fingerprint");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_cards_withdrawal_key" ON "gift_cards" USING btree ("withdrawal_id");--> statement-breakpoint
CREATE INDEX "gift_cards_stock_idx" ON "gift_cards" USING btree ("brand_id","value_minor","id") WHERE "gift_cards"."withdrawal_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batch_items_withdrawal_key" ON "payout_batch_items" USING btree ("withdrawal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batch_items_reference_key" ON "payout_batch_items" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "payout_batch_items_batch_idx" ON "payout_batch_items" USING btree ("batch_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batches_idempotency_key" ON "payout_batches" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "payout_batches_provider_batch_key" ON "payout_batches" USING btree ("method","provider_batch_id") WHERE "payout_batches"."provider_batch_id" is not null;--> statement-breakpoint
CREATE INDEX "payout_batches_created_idx" ON "payout_batches" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payout_methods_user_idx" ON "payout_methods" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "payout_methods_one_live_per_kind" ON "payout_methods" USING btree ("user_id","kind") WHERE "payout_methods"."archived_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "payout_methods_verification_token_key" ON "payout_methods" USING btree ("verification_token_hash");--> statement-breakpoint
CREATE INDEX "payout_methods_fingerprint_idx" ON "payout_methods" USING btree ("details_fingerprint") WHERE "payout_methods"."details_fingerprint" is not null;--> statement-breakpoint
CREATE INDEX "withdrawal_events_withdrawal_idx" ON "withdrawal_events" USING btree ("withdrawal_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "withdrawals_confirmation_token_key" ON "withdrawals" USING btree ("confirmation_token_hash");--> statement-breakpoint
CREATE INDEX "withdrawals_user_idx" ON "withdrawals" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "withdrawals_status_idx" ON "withdrawals" USING btree ("status","method","created_at");--> statement-breakpoint
CREATE INDEX "withdrawals_method_idx" ON "withdrawals" USING btree ("payout_method_id");--> statement-breakpoint
CREATE INDEX "withdrawals_batch_idx" ON "withdrawals" USING btree ("batch_id") WHERE "withdrawals"."batch_id" is not null;
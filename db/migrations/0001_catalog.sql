CREATE TYPE "public"."boost_kind" AS ENUM('window', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."merchant_status" AS ENUM('draft', 'pending_review', 'approved', 'live', 'paused', 'archived');--> statement-breakpoint
CREATE TYPE "public"."rate_kind" AS ENUM('percent', 'fixed');--> statement-breakpoint
CREATE TYPE "public"."rate_scope" AS ENUM('all', 'new_customers', 'existing_customers', 'category');--> statement-breakpoint
CREATE TABLE "boosts" (
	"id" serial PRIMARY KEY NOT NULL,
	"rate_id" integer NOT NULL,
	"merchant_id" integer NOT NULL,
	"event_id" integer,
	"kind" "boost_kind" NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"boosted_rate_bps" integer,
	"boosted_amount_minor" bigint,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"weekday" smallint,
	"start_minute" smallint,
	"end_minute" smallint,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "boosts_value" CHECK (("boosts"."boosted_rate_bps" is null) <> ("boosts"."boosted_amount_minor" is null)),
	CONSTRAINT "boosts_window_shape" CHECK (("boosts"."kind" = 'window' and "boosts"."starts_at" is not null and "boosts"."ends_at" > "boosts"."starts_at")
       or ("boosts"."kind" = 'weekly' and "boosts"."weekday" between 1 and 7 and "boosts"."start_minute" between 0 and 1439
           and "boosts"."end_minute" between 1 and 1440 and "boosts"."end_minute" > "boosts"."start_minute"))
);
--> statement-breakpoint
CREATE TABLE "cashback_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"offer_id" integer NOT NULL,
	"kind" "rate_kind" NOT NULL,
	"rate_bps" integer,
	"amount_minor" bigint,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"scope" "rate_scope" DEFAULT 'all' NOT NULL,
	"product_category_fr" text,
	"product_category_en" text,
	"min_basket_minor" bigint,
	"label_fr" text DEFAULT '' NOT NULL,
	"label_en" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "cashback_rates_kind_value" CHECK (("cashback_rates"."kind" = 'percent' and "cashback_rates"."rate_bps" is not null and "cashback_rates"."rate_bps" > 0 and "cashback_rates"."rate_bps" <= 10000 and "cashback_rates"."amount_minor" is null)
       or ("cashback_rates"."kind" = 'fixed' and "cashback_rates"."amount_minor" is not null and "cashback_rates"."amount_minor" > 0 and "cashback_rates"."rate_bps" is null)),
	CONSTRAINT "cashback_rates_category_scope" CHECK (("cashback_rates"."scope" = 'category') = ("cashback_rates"."product_category_fr" is not null and "cashback_rates"."product_category_en" is not null))
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"parent_id" integer,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"icon" text DEFAULT 'tag' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" serial PRIMARY KEY NOT NULL,
	"merchant_id" integer NOT NULL,
	"code" text,
	"title_fr" text NOT NULL,
	"title_en" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"is_exclusive" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name_fr" text NOT NULL,
	"name_en" text NOT NULL,
	"tagline_fr" text DEFAULT '' NOT NULL,
	"tagline_en" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_window_order" CHECK ("events"."ends_at" > "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "merchant_categories" (
	"merchant_id" integer NOT NULL,
	"category_id" integer NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "merchant_categories_merchant_id_category_id_pk" PRIMARY KEY("merchant_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "merchant_domains" (
	"id" serial PRIMARY KEY NOT NULL,
	"merchant_id" integer NOT NULL,
	"domain" text NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "merchant_domains_domain_format" CHECK ("merchant_domains"."domain" ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$')
);
--> statement-breakpoint
CREATE TABLE "merchant_status_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"merchant_id" integer NOT NULL,
	"from_status" "merchant_status",
	"to_status" "merchant_status" NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"changed_by" text DEFAULT 'system' NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "merchants" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"logo_url" text,
	"brand_color" char(7) DEFAULT '#0f766e' NOT NULL,
	"website_url" text NOT NULL,
	"description_fr" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"conditions_fr" text DEFAULT '' NOT NULL,
	"conditions_en" text DEFAULT '' NOT NULL,
	"exclusions_fr" text DEFAULT '' NOT NULL,
	"exclusions_en" text DEFAULT '' NOT NULL,
	"status" "merchant_status" DEFAULT 'draft' NOT NULL,
	"validation_delay_days" smallint DEFAULT 60 NOT NULL,
	"click_count30d" integer DEFAULT 0 NOT NULL,
	"favorite_count" integer DEFAULT 0 NOT NULL,
	"is_featured" boolean DEFAULT false NOT NULL,
	"best_rate_bps" integer,
	"best_fixed_minor" bigint,
	"best_fixed_currency" char(3),
	"search_keywords" text DEFAULT '' NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(f_unaccent(name || ' ' || search_keywords))) STORED,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "merchants_slug_format" CHECK ("merchants"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "merchants_brand_color_format" CHECK ("merchants"."brand_color" ~ '^#[0-9a-f]{6}$'),
	CONSTRAINT "merchants_validation_delay_range" CHECK ("merchants"."validation_delay_days" between 0 and 730)
);
--> statement-breakpoint
CREATE TABLE "network_accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"network_code" text NOT NULL,
	"name" text NOT NULL,
	"publisher_id" text NOT NULL,
	"default_currency" char(3) DEFAULT 'EUR' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_programs" (
	"id" serial PRIMARY KEY NOT NULL,
	"merchant_id" integer NOT NULL,
	"network_account_id" integer NOT NULL,
	"network_code" text NOT NULL,
	"advertiser_id" text NOT NULL,
	"tracking_template" text NOT NULL,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"is_active_route" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"merchant_id" integer NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text NOT NULL,
	"conditions_fr" text DEFAULT '' NOT NULL,
	"conditions_en" text DEFAULT '' NOT NULL,
	"exclusions_fr" text DEFAULT '' NOT NULL,
	"exclusions_en" text DEFAULT '' NOT NULL,
	"min_basket_minor" bigint,
	"currency" char(3) DEFAULT 'EUR' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_window_order" CHECK ("offers"."ends_at" is null or "offers"."starts_at" is null or "offers"."ends_at" > "offers"."starts_at"),
	CONSTRAINT "offers_min_basket_positive" CHECK ("offers"."min_basket_minor" is null or "offers"."min_basket_minor" > 0)
);
--> statement-breakpoint
ALTER TABLE "boosts" ADD CONSTRAINT "boosts_rate_id_cashback_rates_id_fk" FOREIGN KEY ("rate_id") REFERENCES "public"."cashback_rates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boosts" ADD CONSTRAINT "boosts_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boosts" ADD CONSTRAINT "boosts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cashback_rates" ADD CONSTRAINT "cashback_rates_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."categories"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_categories" ADD CONSTRAINT "merchant_categories_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_categories" ADD CONSTRAINT "merchant_categories_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_domains" ADD CONSTRAINT "merchant_domains_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "merchant_status_changes" ADD CONSTRAINT "merchant_status_changes_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_programs" ADD CONSTRAINT "network_programs_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_programs" ADD CONSTRAINT "network_programs_network_account_id_network_accounts_id_fk" FOREIGN KEY ("network_account_id") REFERENCES "public"."network_accounts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_merchant_id_merchants_id_fk" FOREIGN KEY ("merchant_id") REFERENCES "public"."merchants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "boosts_merchant_idx" ON "boosts" USING btree ("merchant_id");--> statement-breakpoint
CREATE INDEX "boosts_rate_idx" ON "boosts" USING btree ("rate_id");--> statement-breakpoint
CREATE INDEX "cashback_rates_offer_idx" ON "cashback_rates" USING btree ("offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "categories_slug_key" ON "categories" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "categories_parent_idx" ON "categories" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "coupons_merchant_idx" ON "coupons" USING btree ("merchant_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_key" ON "events" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "merchant_categories_category_idx" ON "merchant_categories" USING btree ("category_id","merchant_id");--> statement-breakpoint
CREATE UNIQUE INDEX "merchant_domains_domain_key" ON "merchant_domains" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "merchant_domains_merchant_idx" ON "merchant_domains" USING btree ("merchant_id");--> statement-breakpoint
CREATE INDEX "merchant_status_changes_merchant_idx" ON "merchant_status_changes" USING btree ("merchant_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "merchants_slug_key" ON "merchants" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "merchants_status_popularity_idx" ON "merchants" USING btree ("status","click_count30d" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "merchants_status_rate_idx" ON "merchants" USING btree ("status","best_rate_bps" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "merchants_status_published_idx" ON "merchants" USING btree ("status","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "merchants_status_name_idx" ON "merchants" USING btree ("status","name");--> statement-breakpoint
CREATE INDEX "merchants_search_trgm_idx" ON "merchants" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "network_accounts_network_publisher_key" ON "network_accounts" USING btree ("network_code","publisher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_programs_account_advertiser_key" ON "network_programs" USING btree ("network_account_id","advertiser_id");--> statement-breakpoint
CREATE UNIQUE INDEX "network_programs_one_active_route" ON "network_programs" USING btree ("merchant_id") WHERE "network_programs"."is_active_route";--> statement-breakpoint
CREATE INDEX "network_programs_merchant_idx" ON "network_programs" USING btree ("merchant_id");--> statement-breakpoint
CREATE INDEX "offers_merchant_idx" ON "offers" USING btree ("merchant_id");
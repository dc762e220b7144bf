CREATE TYPE "public"."sandbox_customer_type" AS ENUM('new', 'existing');--> statement-breakpoint
CREATE TYPE "public"."sandbox_postback_event" AS ENUM('created', 'amended', 'approved', 'declined');--> statement-breakpoint
CREATE TYPE "public"."sandbox_postback_status" AS ENUM('queued', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sandbox_sale_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "sandbox_postbacks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sandbox_postbacks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"sale_id" bigint NOT NULL,
	"event" "sandbox_postback_event" NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "sandbox_postback_status" DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"response_status" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "sandbox_postbacks_attempts_non_negative" CHECK ("sandbox_postbacks"."attempts" >= 0),
	CONSTRAINT "sandbox_postbacks_sent_at_when_sent" CHECK (("sandbox_postbacks"."status" = 'sent') = ("sandbox_postbacks"."sent_at" is not null)),
	CONSTRAINT "sandbox_postbacks_response_status_range" CHECK ("sandbox_postbacks"."response_status" is null or "sandbox_postbacks"."response_status" between 100 and 599),
	CONSTRAINT "sandbox_postbacks_last_error_length" CHECK (char_length("sandbox_postbacks"."last_error") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "sandbox_sales" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sandbox_sales_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"order_ref" text NOT NULL,
	"advertiser_id" text NOT NULL,
	"publisher_id" text NOT NULL,
	"click_ref" text,
	"sale_amount_minor" bigint NOT NULL,
	"sale_currency" char(3) NOT NULL,
	"commission_amount_minor" bigint NOT NULL,
	"commission_currency" char(3) NOT NULL,
	"customer_type" "sandbox_customer_type" NOT NULL,
	"status" "sandbox_sale_status" DEFAULT 'pending' NOT NULL,
	"amended_from_sale_minor" bigint,
	"amended_from_commission_minor" bigint,
	"amended_at" timestamp with time zone,
	"validated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sandbox_sales_order_ref_format" CHECK ("sandbox_sales"."order_ref" ~ '^SBX-[0-9A-Z]{6}$'),
	CONSTRAINT "sandbox_sales_advertiser_length" CHECK (char_length("sandbox_sales"."advertiser_id") between 1 and 100),
	CONSTRAINT "sandbox_sales_publisher_length" CHECK (char_length("sandbox_sales"."publisher_id") between 1 and 100),
	CONSTRAINT "sandbox_sales_click_ref_length" CHECK (char_length("sandbox_sales"."click_ref") <= 500),
	CONSTRAINT "sandbox_sales_sale_positive" CHECK ("sandbox_sales"."sale_amount_minor" > 0),
	CONSTRAINT "sandbox_sales_commission_non_negative" CHECK ("sandbox_sales"."commission_amount_minor" >= 0),
	CONSTRAINT "sandbox_sales_sale_currency_format" CHECK ("sandbox_sales"."sale_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "sandbox_sales_one_currency" CHECK ("sandbox_sales"."commission_currency" = "sandbox_sales"."sale_currency"),
	CONSTRAINT "sandbox_sales_amendment_shape" CHECK (("sandbox_sales"."amended_at" is null) = ("sandbox_sales"."amended_from_sale_minor" is null)
       and ("sandbox_sales"."amended_at" is null) = ("sandbox_sales"."amended_from_commission_minor" is null)),
	CONSTRAINT "sandbox_sales_amended_from_positive" CHECK ("sandbox_sales"."amended_from_sale_minor" is null or ("sandbox_sales"."amended_from_sale_minor" > 0 and "sandbox_sales"."amended_from_commission_minor" >= 0)),
	CONSTRAINT "sandbox_sales_validated_when_final" CHECK (("sandbox_sales"."status" = 'pending') = ("sandbox_sales"."validated_at" is null))
);
--> statement-breakpoint
ALTER TABLE "sandbox_postbacks" ADD CONSTRAINT "sandbox_postbacks_sale_id_sandbox_sales_id_fk" FOREIGN KEY ("sale_id") REFERENCES "public"."sandbox_sales"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sandbox_postbacks_queued_due_idx" ON "sandbox_postbacks" USING btree ("due_at","id") WHERE "sandbox_postbacks"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "sandbox_postbacks_sale_idx" ON "sandbox_postbacks" USING btree ("sale_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sandbox_sales_order_ref_key" ON "sandbox_sales" USING btree ("order_ref");--> statement-breakpoint
CREATE INDEX "sandbox_sales_click_ref_idx" ON "sandbox_sales" USING btree ("click_ref");
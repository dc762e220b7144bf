ALTER TABLE "withdrawals" ADD COLUMN "second_approval_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "withdrawals" ADD CONSTRAINT "withdrawals_four_eyes" CHECK (not "withdrawals"."second_approval_required" or "withdrawals"."second_approved_by" is not null
        or "withdrawals"."status" not in ('approved', 'in_batch', 'paid', 'returned'));
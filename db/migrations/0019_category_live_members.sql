ALTER TABLE "merchant_categories" ADD COLUMN "merchant_live" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "merchant_categories_live_idx" ON "merchant_categories" USING btree ("category_id","merchant_id") WHERE merchant_live;--> statement-breakpoint
-- merchant_categories.merchant_live follows merchants.status: set from the merchant when a
-- membership is written, and rewritten for every membership of a merchant whose status changes.
CREATE FUNCTION merchant_categories_set_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.merchant_live := coalesce((SELECT m.status = 'live' FROM merchants m WHERE m.id = NEW.merchant_id), false);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER merchant_categories_live_from_merchant
  BEFORE INSERT OR UPDATE ON merchant_categories
  FOR EACH ROW EXECUTE FUNCTION merchant_categories_set_live();--> statement-breakpoint
CREATE FUNCTION merchants_status_to_categories() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE merchant_categories SET merchant_live = (NEW.status = 'live')
  WHERE merchant_id = NEW.id AND merchant_live IS DISTINCT FROM (NEW.status = 'live');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER merchants_status_to_categories
  AFTER UPDATE OF status ON merchants
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
  EXECUTE FUNCTION merchants_status_to_categories();--> statement-breakpoint
UPDATE merchant_categories mc SET merchant_live = true
FROM merchants m WHERE m.id = mc.merchant_id AND m.status = 'live';

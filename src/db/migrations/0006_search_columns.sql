ALTER TABLE "resources" ADD COLUMN "need_category_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "resources" ADD COLUMN "name_grams" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "resources_reading" ON "resources" USING btree ("tenant_id","name_reading","name","id");--> statement-breakpoint
CREATE INDEX "resources_name_grams" ON "resources" USING gin ("name_grams");--> statement-breakpoint
CREATE INDEX "resources_need_categories" ON "resources" USING gin ("need_category_ids");--> statement-breakpoint
CREATE INDEX "resources_weekdays" ON "resources" USING gin ("weekdays");
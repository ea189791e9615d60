ALTER TABLE "districts" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "districts" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "longitude" double precision;--> statement-breakpoint
CREATE INDEX "help_requests_open" ON "help_requests" USING btree ("tenant_id","id") WHERE "help_requests"."status" NOT IN ('closed', 'unmet');
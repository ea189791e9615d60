ALTER TABLE "districts" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "districts" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "residents" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "longitude" double precision;
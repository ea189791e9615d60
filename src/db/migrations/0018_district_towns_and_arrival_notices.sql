CREATE TABLE "district_towns" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"district_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_towns_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "district_towns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteers" ALTER COLUMN "district_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "arrival_notice_to" text DEFAULT 'coordinator' NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "arrival_notice_names_person" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "district_towns" ADD CONSTRAINT "district_towns_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "district_towns" ADD CONSTRAINT "district_towns_district_id_fk" FOREIGN KEY ("tenant_id","district_id") REFERENCES "public"."districts"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "district_towns_key" ON "district_towns" USING btree ("tenant_id","name_key");--> statement-breakpoint
CREATE INDEX "district_towns_district" ON "district_towns" USING btree ("tenant_id","district_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "district_towns" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);
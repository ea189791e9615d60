CREATE TABLE "import_run_listings" (
	"tenant_id" uuid NOT NULL,
	"import_run_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	CONSTRAINT "import_run_listings_pkey" PRIMARY KEY("tenant_id","import_run_id","resource_id")
);
--> statement-breakpoint
ALTER TABLE "import_run_listings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"created_by" text DEFAULT '' NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"skipped" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_runs_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "import_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "import_run_listings" ADD CONSTRAINT "import_run_listings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_run_listings" ADD CONSTRAINT "import_run_listings_import_run_id_fk" FOREIGN KEY ("tenant_id","import_run_id") REFERENCES "public"."import_runs"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_run_listings" ADD CONSTRAINT "import_run_listings_resource_id_fk" FOREIGN KEY ("tenant_id","resource_id") REFERENCES "public"."resources"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_runs" ADD CONSTRAINT "import_runs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_run_listings_resource" ON "import_run_listings" USING btree ("tenant_id","resource_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "import_run_listings" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "import_runs" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);
CREATE TABLE "need_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_reading" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_reading" text DEFAULT '' NOT NULL,
	"provider_type" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resource_need_categories" (
	"tenant_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"need_category_id" uuid NOT NULL,
	CONSTRAINT "resource_need_categories_resource_id_need_category_id_pk" PRIMARY KEY("resource_id","need_category_id")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"provider_id" uuid,
	"external_id" text,
	"name" text NOT NULL,
	"name_reading" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"cost_kind" text DEFAULT 'text' NOT NULL,
	"cost_yen" integer,
	"cost_text" text DEFAULT '' NOT NULL,
	"schedule" jsonb NOT NULL,
	"weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"place_name" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"building" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"area_id" uuid,
	"district_id" uuid,
	"phone" text DEFAULT '' NOT NULL,
	"fax" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"url" text DEFAULT '' NOT NULL,
	"attributes" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_notice" text DEFAULT '' NOT NULL,
	"is_published" boolean DEFAULT false NOT NULL,
	"confirmed_on" date,
	"confirmed_by" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"search_grams" text[] DEFAULT '{}'::text[] NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_need_category_id_need_categories_id_fk" FOREIGN KEY ("need_category_id") REFERENCES "public"."need_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "need_categories_code" ON "need_categories" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "providers_name" ON "providers" USING btree ("tenant_id","name");--> statement-breakpoint
CREATE INDEX "resource_need_categories_category" ON "resource_need_categories" USING btree ("tenant_id","need_category_id");--> statement-breakpoint
CREATE INDEX "resources_tenant" ON "resources" USING btree ("tenant_id","is_published","status");--> statement-breakpoint
CREATE INDEX "resources_external" ON "resources" USING btree ("tenant_id","external_id");--> statement-breakpoint
CREATE INDEX "resources_search_trgm" ON "resources" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "resources_search_grams" ON "resources" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "resources_confirmed" ON "resources" USING btree ("tenant_id","confirmed_on");
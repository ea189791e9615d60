CREATE TABLE "coordinator_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"coordinator_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"activity_on" date NOT NULL,
	"types" text[] DEFAULT '{}'::text[] NOT NULL,
	"counterpart" text DEFAULT '' NOT NULL,
	"minutes" integer,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_area_id_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coordinator_activities_day" ON "coordinator_activities" USING btree ("tenant_id","activity_on");--> statement-breakpoint
CREATE INDEX "coordinator_activities_coordinator" ON "coordinator_activities" USING btree ("tenant_id","coordinator_id","activity_on");
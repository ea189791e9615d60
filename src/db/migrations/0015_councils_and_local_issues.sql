CREATE TABLE "council_meetings" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"event_id" uuid,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"other_participants" integer DEFAULT 0 NOT NULL,
	"observers" integer DEFAULT 0 NOT NULL,
	"organisations_present" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"invitations_sent_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_meetings_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "council_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"council_id" uuid NOT NULL,
	"person_name" text DEFAULT '' NOT NULL,
	"organisation_id" uuid,
	"member_type_id" uuid NOT NULL,
	"role" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"fax" text DEFAULT '' NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_members_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "council_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "council_terms" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"list" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "council_terms_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "council_terms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"tiers" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"secretariat" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"meetings_public" boolean DEFAULT false NOT NULL,
	"minutes_public" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "councils_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "councils" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_action_items" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_action_items_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_action_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_agenda_items" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"duration_minutes" integer,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "meeting_agenda_items_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"proxy_name" text DEFAULT '' NOT NULL,
	CONSTRAINT "meeting_attendance_pkey" PRIMARY KEY("tenant_id","meeting_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_handouts" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_handouts_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "meeting_handouts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issue_areas" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	CONSTRAINT "local_issue_areas_pkey" PRIMARY KEY("tenant_id","issue_id","area_id")
);
--> statement-breakpoint
ALTER TABLE "local_issue_areas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issue_help_types" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"help_type_id" uuid NOT NULL,
	CONSTRAINT "local_issue_help_types_pkey" PRIMARY KEY("tenant_id","issue_id","help_type_id")
);
--> statement-breakpoint
ALTER TABLE "local_issue_help_types" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issue_meetings" (
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "local_issue_meetings_pkey" PRIMARY KEY("tenant_id","issue_id","meeting_id")
);
--> statement-breakpoint
ALTER TABLE "local_issue_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issue_outcomes" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"resource_id" uuid,
	"event_id" uuid,
	"volunteer_id" uuid,
	"activity_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"achieved_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_issue_outcomes_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issue_updates" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"issue_id" uuid NOT NULL,
	"happened_on" date NOT NULL,
	"kind" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"meeting_id" uuid,
	"council_id" uuid,
	"status_after" text,
	"progress_after" integer,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_issue_updates_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "local_issue_updates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_issues" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"source_meeting_id" uuid,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"owner_id" uuid,
	"council_id" uuid,
	"raised_from_council_id" uuid,
	"is_public" boolean DEFAULT false NOT NULL,
	"raised_on" date NOT NULL,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_issues_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "local_issues" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_council_id_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_event_id_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."events"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_organisation_id_fk" FOREIGN KEY ("tenant_id","organisation_id") REFERENCES "public"."providers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_member_type_id_fk" FOREIGN KEY ("tenant_id","member_type_id") REFERENCES "public"."council_terms"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_terms" ADD CONSTRAINT "council_terms_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_kind_id_fk" FOREIGN KEY ("tenant_id","kind_id") REFERENCES "public"."council_terms"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_action_items" ADD CONSTRAINT "meeting_action_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_action_items" ADD CONSTRAINT "meeting_action_items_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_action_items" ADD CONSTRAINT "meeting_action_items_owner_id_fk" FOREIGN KEY ("tenant_id","owner_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_parent_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."meeting_agenda_items"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."council_members"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_handouts" ADD CONSTRAINT "meeting_handouts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_handouts" ADD CONSTRAINT "meeting_handouts_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_areas" ADD CONSTRAINT "local_issue_areas_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_areas" ADD CONSTRAINT "local_issue_areas_issue_id_fk" FOREIGN KEY ("tenant_id","issue_id") REFERENCES "public"."local_issues"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_areas" ADD CONSTRAINT "local_issue_areas_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_help_types" ADD CONSTRAINT "local_issue_help_types_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_help_types" ADD CONSTRAINT "local_issue_help_types_issue_id_fk" FOREIGN KEY ("tenant_id","issue_id") REFERENCES "public"."local_issues"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_help_types" ADD CONSTRAINT "local_issue_help_types_help_type_id_fk" FOREIGN KEY ("tenant_id","help_type_id") REFERENCES "public"."help_types"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_meetings" ADD CONSTRAINT "local_issue_meetings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_meetings" ADD CONSTRAINT "local_issue_meetings_issue_id_fk" FOREIGN KEY ("tenant_id","issue_id") REFERENCES "public"."local_issues"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_meetings" ADD CONSTRAINT "local_issue_meetings_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_issue_id_fk" FOREIGN KEY ("tenant_id","issue_id") REFERENCES "public"."local_issues"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_resource_id_fk" FOREIGN KEY ("tenant_id","resource_id") REFERENCES "public"."resources"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_event_id_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."events"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_volunteer_id_fk" FOREIGN KEY ("tenant_id","volunteer_id") REFERENCES "public"."volunteers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_activity_id_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."coordinator_activities"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_outcomes" ADD CONSTRAINT "local_issue_outcomes_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_updates" ADD CONSTRAINT "local_issue_updates_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_updates" ADD CONSTRAINT "local_issue_updates_issue_id_fk" FOREIGN KEY ("tenant_id","issue_id") REFERENCES "public"."local_issues"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_updates" ADD CONSTRAINT "local_issue_updates_meeting_id_fk" FOREIGN KEY ("tenant_id","meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_updates" ADD CONSTRAINT "local_issue_updates_council_id_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issue_updates" ADD CONSTRAINT "local_issue_updates_author_id_fk" FOREIGN KEY ("tenant_id","author_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_source_meeting_id_fk" FOREIGN KEY ("tenant_id","source_meeting_id") REFERENCES "public"."council_meetings"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_owner_id_fk" FOREIGN KEY ("tenant_id","owner_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_council_id_fk" FOREIGN KEY ("tenant_id","council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_raised_from_council_id_fk" FOREIGN KEY ("tenant_id","raised_from_council_id") REFERENCES "public"."councils"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_issues" ADD CONSTRAINT "local_issues_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_meetings_number" ON "council_meetings" USING btree ("tenant_id","council_id","fiscal_year","number");--> statement-breakpoint
CREATE INDEX "council_meetings_starts" ON "council_meetings" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE INDEX "council_members_council" ON "council_members" USING btree ("tenant_id","council_id","term_start");--> statement-breakpoint
CREATE INDEX "council_members_organisation" ON "council_members" USING btree ("tenant_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_terms_code" ON "council_terms" USING btree ("tenant_id","list","code");--> statement-breakpoint
CREATE INDEX "councils_area" ON "councils" USING btree ("tenant_id","area_id");--> statement-breakpoint
CREATE INDEX "meeting_action_items_owner" ON "meeting_action_items" USING btree ("tenant_id","owner_id","due_on");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_meeting" ON "meeting_agenda_items" USING btree ("tenant_id","meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_attendance_member" ON "meeting_attendance" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE INDEX "meeting_handouts_meeting" ON "meeting_handouts" USING btree ("tenant_id","meeting_id","position");--> statement-breakpoint
CREATE INDEX "local_issue_areas_area" ON "local_issue_areas" USING btree ("tenant_id","area_id");--> statement-breakpoint
CREATE INDEX "local_issue_help_types_type" ON "local_issue_help_types" USING btree ("tenant_id","help_type_id");--> statement-breakpoint
CREATE INDEX "local_issue_meetings_meeting" ON "local_issue_meetings" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE INDEX "local_issue_outcomes_issue" ON "local_issue_outcomes" USING btree ("tenant_id","issue_id");--> statement-breakpoint
CREATE INDEX "local_issue_outcomes_resource" ON "local_issue_outcomes" USING btree ("tenant_id","resource_id");--> statement-breakpoint
CREATE INDEX "local_issue_updates_issue" ON "local_issue_updates" USING btree ("tenant_id","issue_id","happened_on");--> statement-breakpoint
CREATE INDEX "local_issues_status" ON "local_issues" USING btree ("tenant_id","status","raised_on");--> statement-breakpoint
CREATE INDEX "local_issues_council" ON "local_issues" USING btree ("tenant_id","council_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "council_meetings" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "council_members" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "council_terms" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "councils" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "meeting_action_items" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "meeting_agenda_items" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "meeting_attendance" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "meeting_handouts" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issue_areas" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issue_help_types" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issue_meetings" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issue_outcomes" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issue_updates" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_issues" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);
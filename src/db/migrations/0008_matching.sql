CREATE TABLE "help_request_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"help_request_id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"means" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"follow_up_on" date,
	"follow_up_done_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"help_request_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"activity_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"what_was_done" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_via" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"help_request_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"status" text NOT NULL,
	"scheduled_on" date,
	"time_slot" text DEFAULT '' NOT NULL,
	"weekdays" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"proposed_by_user_id" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"responded_via" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "resident_data_retention_years" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "help_requests" ADD COLUMN "outcome" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "volunteers" ADD COLUMN "link_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_help_request_id_help_requests_id_fk" FOREIGN KEY ("help_request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_help_request_id_help_requests_id_fk" FOREIGN KEY ("help_request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_help_request_id_help_requests_id_fk" FOREIGN KEY ("help_request_id") REFERENCES "public"."help_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "help_request_contacts_request" ON "help_request_contacts" USING btree ("tenant_id","help_request_id");--> statement-breakpoint
CREATE INDEX "help_request_contacts_follow_up" ON "help_request_contacts" USING btree ("tenant_id","follow_up_on");--> statement-breakpoint
CREATE INDEX "activity_records_volunteer" ON "activity_records" USING btree ("tenant_id","volunteer_id","activity_on");--> statement-breakpoint
CREATE INDEX "activity_records_request" ON "activity_records" USING btree ("tenant_id","help_request_id");--> statement-breakpoint
CREATE INDEX "activity_records_on" ON "activity_records" USING btree ("tenant_id","activity_on");--> statement-breakpoint
CREATE INDEX "matches_request" ON "matches" USING btree ("tenant_id","help_request_id");--> statement-breakpoint
CREATE INDEX "matches_volunteer" ON "matches" USING btree ("tenant_id","volunteer_id","scheduled_on");
CREATE TABLE "event_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"delivery" text NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"duration_minutes" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"speakers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"title_reading" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"is_volunteer_training" boolean DEFAULT false NOT NULL,
	"organiser" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_audience" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"in_person" boolean DEFAULT true NOT NULL,
	"venue_name" text DEFAULT '' NOT NULL,
	"venue_address" text DEFAULT '' NOT NULL,
	"venue_access" text DEFAULT '' NOT NULL,
	"live_online" boolean DEFAULT false NOT NULL,
	"live_url" text DEFAULT '' NOT NULL,
	"live_notes" text DEFAULT '' NOT NULL,
	"on_demand" boolean DEFAULT false NOT NULL,
	"on_demand_url" text DEFAULT '' NOT NULL,
	"on_demand_materials_url" text DEFAULT '' NOT NULL,
	"on_demand_from" timestamp with time zone,
	"on_demand_until" timestamp with time zone,
	"capacity" integer,
	"fee_yen" integer DEFAULT 0 NOT NULL,
	"participant_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"application_opens_at" timestamp with time zone NOT NULL,
	"application_closes_at" timestamp with time zone NOT NULL,
	"payment_due_at" timestamp with time zone,
	"payment_instructions" text DEFAULT '' NOT NULL,
	"cancellation_policy" text DEFAULT '' NOT NULL,
	"self_cancel_hours" integer DEFAULT 24 NOT NULL,
	"offer_hours" integer DEFAULT 48 NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_fax" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_notice" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_announcements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"recipient_count" integer NOT NULL,
	"sent_by" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registration_mails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"mail_key" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"reference" text NOT NULL,
	"submission_key" text NOT NULL,
	"status" text NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	"name" text NOT NULL,
	"name_reading" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"prefecture" text DEFAULT '' NOT NULL,
	"municipality" text DEFAULT '' NOT NULL,
	"email" text NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"participant_type_id" text DEFAULT '' NOT NULL,
	"fee_yen" integer DEFAULT 0 NOT NULL,
	"payment_status" text NOT NULL,
	"paid_at" timestamp with time zone,
	"paid_amount_yen" integer,
	"payment_note" text DEFAULT '' NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"access_id" text DEFAULT '' NOT NULL,
	"access_password" text DEFAULT '' NOT NULL,
	"access_issued_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"volunteer_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_announcements" ADD CONSTRAINT "event_announcements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_announcements" ADD CONSTRAINT "event_announcements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration_mails" ADD CONSTRAINT "event_registration_mails_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration_mails" ADD CONSTRAINT "event_registration_mails_registration_id_event_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."event_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_sessions_by_event" ON "event_sessions" USING btree ("event_id","sort_order");--> statement-breakpoint
CREATE INDEX "events_by_start" ON "events" USING btree ("tenant_id","status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registration_mails_key" ON "event_registration_mails" USING btree ("registration_id","mail_key");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_reference" ON "event_registrations" USING btree ("tenant_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_submission" ON "event_registrations" USING btree ("event_id","submission_key");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_active_email" ON "event_registrations" USING btree ("event_id","email") WHERE "event_registrations"."status" IN ('confirmed', 'waitlisted', 'offered');--> statement-breakpoint
CREATE INDEX "event_registrations_by_event" ON "event_registrations" USING btree ("tenant_id","event_id","status","seq");
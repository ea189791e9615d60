ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "areas" DROP CONSTRAINT "areas_parent_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "districts" DROP CONSTRAINT "districts_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinator_activities" DROP CONSTRAINT "coordinator_activities_coordinator_id_coordinators_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinator_activities" DROP CONSTRAINT "coordinator_activities_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinator_activities" DROP CONSTRAINT "coordinator_activities_created_by_users_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinator_assignments" DROP CONSTRAINT "coordinator_assignments_coordinator_id_coordinators_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinator_assignments" DROP CONSTRAINT "coordinator_assignments_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "coordinators" DROP CONSTRAINT "coordinators_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "event_sessions" DROP CONSTRAINT "event_sessions_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "help_request_contacts" DROP CONSTRAINT "help_request_contacts_help_request_id_help_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "help_request_contacts" DROP CONSTRAINT "help_request_contacts_created_by_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "help_request_drafts" DROP CONSTRAINT "help_request_drafts_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "help_request_status_changes" DROP CONSTRAINT "help_request_status_changes_help_request_id_help_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_resident_id_residents_id_fk";
--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_district_id_districts_id_fk";
--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_help_type_id_help_types_id_fk";
--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_created_by_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "residents" DROP CONSTRAINT "residents_district_id_districts_id_fk";
--> statement-breakpoint
ALTER TABLE "residents" DROP CONSTRAINT "residents_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "activity_records" DROP CONSTRAINT "activity_records_match_id_matches_id_fk";
--> statement-breakpoint
ALTER TABLE "activity_records" DROP CONSTRAINT "activity_records_help_request_id_help_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "activity_records" DROP CONSTRAINT "activity_records_volunteer_id_volunteers_id_fk";
--> statement-breakpoint
ALTER TABLE "activity_records" DROP CONSTRAINT "activity_records_confirmed_by_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_help_request_id_help_requests_id_fk";
--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_volunteer_id_volunteers_id_fk";
--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_proposed_by_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "resource_need_categories" DROP CONSTRAINT "resource_need_categories_resource_id_resources_id_fk";
--> statement-breakpoint
ALTER TABLE "resource_need_categories" DROP CONSTRAINT "resource_need_categories_need_category_id_need_categories_id_fk";
--> statement-breakpoint
ALTER TABLE "resources" DROP CONSTRAINT "resources_provider_id_providers_id_fk";
--> statement-breakpoint
ALTER TABLE "resources" DROP CONSTRAINT "resources_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "resources" DROP CONSTRAINT "resources_district_id_districts_id_fk";
--> statement-breakpoint
ALTER TABLE "volunteer_status_changes" DROP CONSTRAINT "volunteer_status_changes_volunteer_id_volunteers_id_fk";
--> statement-breakpoint
ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_district_id_districts_id_fk";
--> statement-breakpoint
ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_area_id_areas_id_fk";
--> statement-breakpoint
ALTER TABLE "event_announcements" DROP CONSTRAINT "event_announcements_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "event_registration_mails" DROP CONSTRAINT "event_registration_mails_registration_id_event_registrations_id_fk";
--> statement-breakpoint
ALTER TABLE "event_registrations" DROP CONSTRAINT "event_registrations_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "resource_confirmation_requests" DROP CONSTRAINT "resource_confirmation_requests_resource_id_resources_id_fk";
--> statement-breakpoint
ALTER TABLE "resource_suggestions" DROP CONSTRAINT "resource_suggestions_resource_id_resources_id_fk";
--> statement-breakpoint
DROP INDEX "event_sessions_by_event";--> statement-breakpoint
DROP INDEX "event_registration_mails_key";--> statement-breakpoint
DROP INDEX "event_registrations_submission";--> statement-breakpoint
DROP INDEX "event_registrations_active_email";--> statement-breakpoint
ALTER TABLE "resource_need_categories" DROP CONSTRAINT "resource_need_categories_resource_id_need_category_id_pk";--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";--> statement-breakpoint
ALTER TABLE "sessions" DROP CONSTRAINT "sessions_pkey";--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_pkey";--> statement-breakpoint
ALTER TABLE "jobs" DROP CONSTRAINT "jobs_pkey";--> statement-breakpoint
ALTER TABLE "areas" DROP CONSTRAINT "areas_pkey";--> statement-breakpoint
ALTER TABLE "districts" DROP CONSTRAINT "districts_pkey";--> statement-breakpoint
ALTER TABLE "coordinator_activities" DROP CONSTRAINT "coordinator_activities_pkey";--> statement-breakpoint
ALTER TABLE "coordinator_assignments" DROP CONSTRAINT "coordinator_assignments_pkey";--> statement-breakpoint
ALTER TABLE "coordinators" DROP CONSTRAINT "coordinators_pkey";--> statement-breakpoint
ALTER TABLE "event_sessions" DROP CONSTRAINT "event_sessions_pkey";--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_pkey";--> statement-breakpoint
ALTER TABLE "help_request_contacts" DROP CONSTRAINT "help_request_contacts_pkey";--> statement-breakpoint
ALTER TABLE "help_request_drafts" DROP CONSTRAINT "help_request_drafts_pkey";--> statement-breakpoint
ALTER TABLE "help_request_status_changes" DROP CONSTRAINT "help_request_status_changes_pkey";--> statement-breakpoint
ALTER TABLE "help_requests" DROP CONSTRAINT "help_requests_pkey";--> statement-breakpoint
ALTER TABLE "residents" DROP CONSTRAINT "residents_pkey";--> statement-breakpoint
ALTER TABLE "activity_records" DROP CONSTRAINT "activity_records_pkey";--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_pkey";--> statement-breakpoint
ALTER TABLE "need_categories" DROP CONSTRAINT "need_categories_pkey";--> statement-breakpoint
ALTER TABLE "providers" DROP CONSTRAINT "providers_pkey";--> statement-breakpoint
ALTER TABLE "resources" DROP CONSTRAINT "resources_pkey";--> statement-breakpoint
ALTER TABLE "help_types" DROP CONSTRAINT "help_types_pkey";--> statement-breakpoint
ALTER TABLE "volunteer_status_changes" DROP CONSTRAINT "volunteer_status_changes_pkey";--> statement-breakpoint
ALTER TABLE "volunteers" DROP CONSTRAINT "volunteers_pkey";--> statement-breakpoint
ALTER TABLE "event_announcements" DROP CONSTRAINT "event_announcements_pkey";--> statement-breakpoint
ALTER TABLE "event_registration_mails" DROP CONSTRAINT "event_registration_mails_pkey";--> statement-breakpoint
ALTER TABLE "event_registrations" DROP CONSTRAINT "event_registrations_pkey";--> statement-breakpoint
ALTER TABLE "provider_link_uses" DROP CONSTRAINT "provider_link_uses_pkey";--> statement-breakpoint
ALTER TABLE "resource_confirmation_requests" DROP CONSTRAINT "resource_confirmation_requests_pkey";--> statement-breakpoint
ALTER TABLE "resource_suggestions" DROP CONSTRAINT "resource_suggestions_pkey";--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_pkey" PRIMARY KEY("tenant_id","token_hash");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "coordinator_assignments" ADD CONSTRAINT "coordinator_assignments_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "help_request_drafts" ADD CONSTRAINT "help_request_drafts_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "help_request_status_changes" ADD CONSTRAINT "help_request_status_changes_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "need_categories" ADD CONSTRAINT "need_categories_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_pkey" PRIMARY KEY("tenant_id","resource_id","need_category_id");--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "help_types" ADD CONSTRAINT "help_types_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "volunteer_status_changes" ADD CONSTRAINT "volunteer_status_changes_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "event_announcements" ADD CONSTRAINT "event_announcements_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "event_registration_mails" ADD CONSTRAINT "event_registration_mails_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "provider_link_uses" ADD CONSTRAINT "provider_link_uses_pkey" PRIMARY KEY("tenant_id","token_hash");--> statement-breakpoint
ALTER TABLE "resource_confirmation_requests" ADD CONSTRAINT "resource_confirmation_requests_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "resource_suggestions" ADD CONSTRAINT "resource_suggestions_pkey" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_id_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts" ADD CONSTRAINT "districts_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_coordinator_id_fk" FOREIGN KEY ("tenant_id","coordinator_id") REFERENCES "public"."coordinators"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ADD CONSTRAINT "coordinator_activities_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_assignments" ADD CONSTRAINT "coordinator_assignments_coordinator_id_fk" FOREIGN KEY ("tenant_id","coordinator_id") REFERENCES "public"."coordinators"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinator_assignments" ADD CONSTRAINT "coordinator_assignments_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sessions" ADD CONSTRAINT "event_sessions_event_id_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."events"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_help_request_id_fk" FOREIGN KEY ("tenant_id","help_request_id") REFERENCES "public"."help_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ADD CONSTRAINT "help_request_contacts_created_by_user_id_fk" FOREIGN KEY ("tenant_id","created_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_drafts" ADD CONSTRAINT "help_request_drafts_user_id_fk" FOREIGN KEY ("tenant_id","user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request_status_changes" ADD CONSTRAINT "help_request_status_changes_help_request_id_fk" FOREIGN KEY ("tenant_id","help_request_id") REFERENCES "public"."help_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_resident_id_fk" FOREIGN KEY ("tenant_id","resident_id") REFERENCES "public"."residents"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_district_id_fk" FOREIGN KEY ("tenant_id","district_id") REFERENCES "public"."districts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_help_type_id_fk" FOREIGN KEY ("tenant_id","help_type_id") REFERENCES "public"."help_types"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_requests" ADD CONSTRAINT "help_requests_created_by_user_id_fk" FOREIGN KEY ("tenant_id","created_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_district_id_fk" FOREIGN KEY ("tenant_id","district_id") REFERENCES "public"."districts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_match_id_fk" FOREIGN KEY ("tenant_id","match_id") REFERENCES "public"."matches"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_help_request_id_fk" FOREIGN KEY ("tenant_id","help_request_id") REFERENCES "public"."help_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_volunteer_id_fk" FOREIGN KEY ("tenant_id","volunteer_id") REFERENCES "public"."volunteers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_records" ADD CONSTRAINT "activity_records_confirmed_by_user_id_fk" FOREIGN KEY ("tenant_id","confirmed_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_help_request_id_fk" FOREIGN KEY ("tenant_id","help_request_id") REFERENCES "public"."help_requests"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_volunteer_id_fk" FOREIGN KEY ("tenant_id","volunteer_id") REFERENCES "public"."volunteers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_proposed_by_user_id_fk" FOREIGN KEY ("tenant_id","proposed_by_user_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_resource_id_fk" FOREIGN KEY ("tenant_id","resource_id") REFERENCES "public"."resources"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ADD CONSTRAINT "resource_need_categories_need_category_id_fk" FOREIGN KEY ("tenant_id","need_category_id") REFERENCES "public"."need_categories"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_provider_id_fk" FOREIGN KEY ("tenant_id","provider_id") REFERENCES "public"."providers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_district_id_fk" FOREIGN KEY ("tenant_id","district_id") REFERENCES "public"."districts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_status_changes" ADD CONSTRAINT "volunteer_status_changes_volunteer_id_fk" FOREIGN KEY ("tenant_id","volunteer_id") REFERENCES "public"."volunteers"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_district_id_fk" FOREIGN KEY ("tenant_id","district_id") REFERENCES "public"."districts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_area_id_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."areas"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_announcements" ADD CONSTRAINT "event_announcements_event_id_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."events"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration_mails" ADD CONSTRAINT "event_registration_mails_registration_id_fk" FOREIGN KEY ("tenant_id","registration_id") REFERENCES "public"."event_registrations"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registrations" ADD CONSTRAINT "event_registrations_event_id_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."events"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_confirmation_requests" ADD CONSTRAINT "resource_confirmation_requests_resource_id_fk" FOREIGN KEY ("tenant_id","resource_id") REFERENCES "public"."resources"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_suggestions" ADD CONSTRAINT "resource_suggestions_resource_id_fk" FOREIGN KEY ("tenant_id","resource_id") REFERENCES "public"."resources"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_sessions_by_event" ON "event_sessions" USING btree ("tenant_id","event_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registration_mails_key" ON "event_registration_mails" USING btree ("tenant_id","registration_id","mail_key");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_submission" ON "event_registrations" USING btree ("tenant_id","event_id","submission_key");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registrations_active_email" ON "event_registrations" USING btree ("tenant_id","event_id","email") WHERE "event_registrations"."status" IN ('confirmed', 'waitlisted', 'offered');
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "login_throttles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "areas" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "districts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coordinator_activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coordinator_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "coordinators" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_request_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_request_drafts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_request_status_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "residents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_records" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "matches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "need_categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "providers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "resource_need_categories" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "resources" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_types" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteer_status_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "volunteers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_announcements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_registration_mails" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_registrations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "provider_link_uses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "resource_confirmation_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "resource_suggestions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_log" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "login_throttles" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sessions" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "users" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "jobs" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tenants" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "areas" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "districts" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coordinator_activities" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coordinator_assignments" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "coordinators" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_sessions" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "events" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "help_request_contacts" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "help_request_drafts" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "help_request_status_changes" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "help_requests" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "residents" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "activity_records" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "matches" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "need_categories" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "providers" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "resource_need_categories" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "resources" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "help_types" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "volunteer_status_changes" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "volunteers" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_announcements" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_registration_mails" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_registrations" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "provider_link_uses" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "resource_confirmation_requests" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "resource_suggestions" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);
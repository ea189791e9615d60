CREATE TABLE "sent_mails" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"transport" text NOT NULL,
	"raw" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sent_mails_pkey" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "sent_mails" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sent_mails" ADD CONSTRAINT "sent_mails_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sent_mails_message_id" ON "sent_mails" USING btree ("tenant_id","message_id");--> statement-breakpoint
CREATE INDEX "sent_mails_newest" ON "sent_mails" USING btree ("tenant_id","sent_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "sent_mails" AS PERMISSIVE FOR ALL TO "sasaeai_app" USING (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('sasaeai.tenant_id', true), '')::uuid);
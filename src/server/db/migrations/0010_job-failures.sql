CREATE TABLE "job_failures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text,
	"queue" text NOT NULL,
	"subject" text NOT NULL,
	"data" jsonb NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"failed_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by_user_id" uuid,
	"resolution" text
);
--> statement-breakpoint
CREATE INDEX "job_failures_open_idx" ON "job_failures" USING btree ("municipality","resolved_at");--> statement-breakpoint
CREATE INDEX "job_failures_subject_idx" ON "job_failures" USING btree ("subject");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON job_failures TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE job_failures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON job_failures
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

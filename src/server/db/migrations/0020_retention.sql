CREATE TABLE "retention_deletions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch" uuid NOT NULL,
	"municipality" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" uuid,
	"reference" text,
	"state" text,
	"received_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"count" integer DEFAULT 1 NOT NULL,
	"term" text NOT NULL,
	"term_length" integer NOT NULL,
	"term_set_by_user_id" uuid,
	"due_at" timestamp with time zone,
	"deleted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_closed_months" integer;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_handed_over_months" integer;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_draft_days" integer;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_set_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_set_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "legal_hold_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "legal_hold_by_user_id" uuid;--> statement-breakpoint
CREATE INDEX "retention_deletions_municipality_idx" ON "retention_deletions" USING btree ("municipality","deleted_at");--> statement-breakpoint
-- Retention (docs/decisions/0017-retention.md). The deletion log is a tenant table the
-- application only reads; the retention job writes it as the schema owner.
GRANT SELECT ON retention_deletions TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE retention_deletions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON retention_deletions
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
-- The history stays append-only, except that the retention job (the schema owner, with a setting
-- the application never sets) deletes a signal's history with the signal once its term has passed.
CREATE OR REPLACE FUNCTION signal_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('signaalroute.key_rotation', true) = 'on'
     AND (to_jsonb(NEW) - 'text_sealed') = (to_jsonb(OLD) - 'text_sealed') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' AND current_setting('signaalroute.retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'signal_events is append-only: add a correction instead' USING ERRCODE = 'insufficient_privilege';
END
$$;

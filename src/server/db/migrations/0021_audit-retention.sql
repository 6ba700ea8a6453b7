CREATE TABLE "audit_checkpoints" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality" text,
	"seq" integer NOT NULL,
	"hash" text NOT NULL,
	"removed" integer NOT NULL,
	"first_at" timestamp (6) with time zone NOT NULL,
	"last_at" timestamp (6) with time zone NOT NULL,
	"cut_at" timestamp with time zone NOT NULL,
	"signature" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD COLUMN "retention_audit_months" integer;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_chain_idx" ON "audit_checkpoints" USING btree ("municipality","seq");--> statement-breakpoint
-- The audit trail's own term (docs/decisions/0019-audit-trail-retention.md). Checkpoints are read
-- by the auditor of their municipality; only the retention job (the schema owner) writes them.
GRANT SELECT ON audit_checkpoints TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_checkpoints
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
-- Still append-only, except that the retention job (the schema owner, with a setting the
-- application never sets and could not use: it has no DELETE grant) removes the oldest records of
-- a chain behind a signed checkpoint. TRUNCATE stays refused.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('signaalroute.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

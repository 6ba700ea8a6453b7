ALTER TABLE "audit_events" ADD COLUMN "sealed_ref" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_sealed_ref_unique" UNIQUE("sealed_ref");--> statement-breakpoint
-- Shielded records (docs/decisions/0011-shielded-reporter-audit.md) take their ids from a sequence
-- of their own, far above the ordinary ids: a gap in the ordinary numbering would otherwise show
-- the auditor where, between whose records, a reporter acted.
CREATE SEQUENCE audit_events_shielded_id_seq START WITH 1000000000000001;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_shielded_id_seq TO signaalroute_app;
--> statement-breakpoint
-- The hash now covers the sealed part as well. For a record without one the array is unchanged
-- (x || '[]' = x), so every hash computed before this migration still verifies.
CREATE OR REPLACE FUNCTION audit_event_digest(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to((jsonb_build_array(
    e.prev_hash, e.seq, e.municipality,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_user_id, e.actor, e.action, e.object_type, e.object_id, e.result, e.origin, e.details
  ) || CASE WHEN e.sealed_ref IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(e.sealed_ref, e.sealed) END)::text, 'UTF8')), 'hex')
$$;

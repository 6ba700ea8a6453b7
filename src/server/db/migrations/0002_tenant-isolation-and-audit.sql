-- Tenant isolation and the append-only audit trail. See docs/decisions/0004-tenant-isolation.md.

-- The role tenant work runs as: no login, no BYPASSRLS. The connecting user switches to it per
-- transaction (SET LOCAL ROLE) after setting app.municipality. Roles are cluster-wide, so another
-- database on the same server may have created it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'signaalroute_app') THEN
    CREATE ROLE signaalroute_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT signaalroute_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO signaalroute_app;
--> statement-breakpoint
GRANT SELECT ON municipalities, content_versions TO signaalroute_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO signaalroute_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO signaalroute_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_id_seq TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON users
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_events
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
CREATE UNIQUE INDEX audit_events_chain_unique ON audit_events (coalesce(municipality, ''), seq);
--> statement-breakpoint
-- The hash of one record: every field and the previous hash, as a JSON array (unambiguous).
CREATE FUNCTION audit_event_digest(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.prev_hash, e.seq, e.municipality,
    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_user_id, e.actor, e.action, e.object_type, e.object_id, e.result, e.origin, e.details
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Links each new record to the last one of its chain. The advisory lock is held until commit, so
-- records of one chain are numbered and linked in commit order even with concurrent writers.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_catalog AS $$
DECLARE
  last_seq integer;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('signaalroute.audit:' || coalesce(NEW.municipality, '')));
  SELECT seq, hash INTO last_seq, last_hash FROM audit_events
    WHERE coalesce(municipality, '') = coalesce(NEW.municipality, '')
    ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := audit_event_digest(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();

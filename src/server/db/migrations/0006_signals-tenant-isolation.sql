-- The signal chain's tables are tenant tables: row-level security on the municipality, as in 0002.
-- The application role may not delete case data; the history (signal_events) is append-only.
GRANT SELECT, INSERT, UPDATE ON municipality_settings TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE municipality_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON municipality_settings
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON signal_counters TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_counters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_counters
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON signals TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signals
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT ON signal_events TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_events
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON handovers TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE handovers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON handovers
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON meldcode_steps TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE meldcode_steps ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON meldcode_steps
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON signal_meetings TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_meetings
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON meeting_signals TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE meeting_signals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON meeting_signals
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON signal_drafts TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_drafts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_drafts
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT USAGE ON SEQUENCE signal_events_id_seq TO signaalroute_app;
--> statement-breakpoint
CREATE FUNCTION signal_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signal_events is append-only: add a correction instead' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER signal_events_append_only BEFORE UPDATE OR DELETE ON signal_events
  FOR EACH ROW EXECUTE FUNCTION signal_events_refuse_change();

CREATE TABLE "signal_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text NOT NULL,
	"signal_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"source" text NOT NULL,
	"candidate_id" text NOT NULL,
	"decision" text NOT NULL,
	"detail_sealed" text NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_links" ADD CONSTRAINT "signal_links_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "signal_links_decision_idx" ON "signal_links" USING btree ("signal_id","subject","source","candidate_id");--> statement-breakpoint
CREATE INDEX "signal_links_candidate_idx" ON "signal_links" USING btree ("source","candidate_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON signal_links TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_links ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_links
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

CREATE TABLE "signal_figures" (
	"signal_id" uuid PRIMARY KEY NOT NULL,
	"municipality" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"forms" text[] NOT NULL,
	"sector" text,
	"recorded_at" timestamp with time zone,
	"handed_over_at" timestamp with time zone,
	"feedback_at" timestamp with time zone,
	"reporter_informed_at" timestamp with time zone,
	"route" text,
	"partners" text[] NOT NULL,
	"risk_groups" text[] NOT NULL,
	"decided" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "signal_figures" ADD CONSTRAINT "signal_figures_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "signal_figures_received_idx" ON "signal_figures" USING btree ("municipality","received_at");
--> statement-breakpoint
-- A tenant table like signal_events: row-level security on the municipality. The application
-- updates a signal's row with each entry of its history; retention (as the schema owner) deletes it.
GRANT SELECT, INSERT, UPDATE ON signal_figures TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE signal_figures ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON signal_figures
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
-- The facts of the signals that exist already, from their history as the fold in
-- src/domain/statistics/figure-facts.ts reads it: the first moment of each step (feedback from the
-- first handover on, the reporter told from the feedback on), the last route, every partner.
INSERT INTO signal_figures (signal_id, municipality, received_at, forms, sector, recorded_at, handed_over_at, feedback_at, reporter_informed_at, route, partners, risk_groups, decided)
WITH history AS (
  SELECT signal_id,
         min(at) FILTER (WHERE kind = 'vastleggen') AS recorded_at,
         min(at) FILTER (WHERE kind = 'overdracht') AS handed_over_at,
         bool_or(kind = 'niet-doorzetten') AS decided,
         (array_agg((data->>'mapId') || '/' || (data->>'outcomeId') ORDER BY id DESC) FILTER (WHERE kind = 'route-gekozen'))[1] AS route,
         array_agg(DISTINCT data->>'partnerId') FILTER (WHERE kind = 'overdracht') AS partners,
         (array_agg(data->'riskGroups' ORDER BY id) FILTER (WHERE kind = 'ingediend'))[1] AS risk_groups,
         array_agg(at) FILTER (WHERE kind = 'terugkoppeling-ontvangen') AS answers,
         array_agg(at) FILTER (WHERE kind = 'melder-informeren') AS informings
    FROM signal_events GROUP BY signal_id
), answered AS (
  SELECT s.id, s.municipality, s.received_at, s.forms, s.sector, h.*,
         (SELECT min(a) FROM unnest(h.answers) a WHERE h.handed_over_at IS NULL OR a >= h.handed_over_at) AS feedback_at
    FROM signals s LEFT JOIN history h ON h.signal_id = s.id
)
SELECT id, municipality, received_at, forms, sector, recorded_at, handed_over_at, feedback_at,
       (SELECT min(i) FROM unnest(informings) i WHERE feedback_at IS NULL OR i >= feedback_at),
       route, coalesce(partners, '{}'),
       ARRAY(SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(risk_groups) = 'array' THEN risk_groups ELSE '[]' END)),
       coalesce(decided, false)
  FROM answered;

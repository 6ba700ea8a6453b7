CREATE TABLE "register_surnames" (
	"municipality" text NOT NULL,
	"surname_norm" text NOT NULL,
	"surname_key" text NOT NULL,
	"joined" text NOT NULL,
	"persons" integer NOT NULL,
	CONSTRAINT "register_surnames_municipality_joined_surname_norm_surname_key_pk" PRIMARY KEY("municipality","joined","surname_norm","surname_key")
);
--> statement-breakpoint
DROP INDEX "register_persons_birth_idx";--> statement-breakpoint
DROP INDEX "register_persons_key_idx";--> statement-breakpoint
DROP INDEX "register_persons_surname_trgm_idx";--> statement-breakpoint
DROP INDEX "register_persons_surname_key_idx";--> statement-breakpoint
DROP INDEX "register_persons_birth_year_idx";--> statement-breakpoint
CREATE INDEX "register_surnames_key_idx" ON "register_surnames" USING btree ("surname_key");--> statement-breakpoint
CREATE INDEX "register_surnames_trgm_idx" ON "register_surnames" USING gin ("surname_norm" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "register_surnames_joined_trgm_idx" ON "register_surnames" USING gin ("joined" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "register_persons_surname_idx" ON "register_persons" USING btree ("surname_norm","birth_year");--> statement-breakpoint
CREATE INDEX "register_persons_birth_date_idx" ON "register_persons" USING btree ("birth_year","birth_month","birth_day");--> statement-breakpoint
CREATE INDEX "register_persons_given_initial_idx" ON "register_persons" USING btree ("surname_norm",coalesce(left("given_norm", 1), ''));--> statement-breakpoint
-- Derived from the municipality's own records: as private as they are.
GRANT SELECT, INSERT, DELETE ON register_surnames TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_surnames ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_surnames
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
-- The surnames of the records already imported, as an import does (src/server/registers/import/person-surnames.ts).
INSERT INTO register_surnames (municipality, surname_norm, surname_key, joined, persons)
  SELECT p.municipality, p.surname_norm, p.surname_key, regexp_replace(replace(lower(coalesce(p.prefix, '') || p.surname_norm), 'ij', 'y'), '[^a-z]', '', 'g'), count(*)
  FROM register_persons p JOIN register_imports i ON i.id = p.import_id AND i.status = 'complete'
  GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- The municipality's surnames like the one searched (src/server/matching/find-in-registers.ts).
-- pg_trgm's % is not leakproof, so under row-level security PostgreSQL may not use it as an index
-- condition and compares every surname; this function reads as the owner and applies the same
-- tenant condition as the policy itself, so the trigram indexes are used. No setting, no rows.
CREATE FUNCTION register_similar_surnames(keys text[], parts text[], joined_form text, max_rows integer)
RETURNS TABLE (surname text, persons integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $fn$
DECLARE
  mine text := current_setting('app.municipality', true);
BEGIN
  RETURN QUERY
    WITH alike AS (
      SELECT s.surname_norm, s.joined, s.persons FROM register_surnames s
        WHERE s.municipality = mine AND s.surname_key = ANY (keys)
      UNION
      SELECT s.surname_norm, s.joined, s.persons FROM unnest(parts) part JOIN register_surnames s ON s.surname_norm % part
        WHERE s.municipality = mine
      UNION
      SELECT s.surname_norm, s.joined, s.persons FROM register_surnames s
        WHERE s.municipality = mine AND s.joined % joined_form
    )
    SELECT a.surname_norm, sum(a.persons)::integer
    FROM alike a
    GROUP BY a.surname_norm
    ORDER BY max(greatest(similarity(a.joined, joined_form), (SELECT max(similarity(a.surname_norm, part)) FROM unnest(parts) part))) DESC
    LIMIT max_rows;
END
$fn$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION register_similar_surnames(text[], text[], text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION register_similar_surnames(text[], text[], text, integer) TO signaalroute_app;

CREATE TABLE "register_surname_keys" (
	"municipality" text NOT NULL,
	"key" text NOT NULL,
	"surname_norm" text NOT NULL,
	"edits" smallint NOT NULL,
	"persons" integer NOT NULL,
	CONSTRAINT "register_surname_keys_municipality_key_surname_norm_pk" PRIMARY KEY("municipality","key","surname_norm")
);
--> statement-breakpoint
DROP TABLE "register_surnames" CASCADE;
--> statement-breakpoint
-- Superseded by register_surname_keys (docs/decisions/0015-surname-search-keys.md).
DROP FUNCTION IF EXISTS register_similar_surnames(text[], text[], text, integer);
--> statement-breakpoint
-- Derived from the municipality's own records: as private as they are.
GRANT SELECT, INSERT, DELETE ON register_surname_keys TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_surname_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_surname_keys
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

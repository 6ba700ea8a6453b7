-- The persons of imports still running, on their way to register_persons in surname order
-- (docs/decisions/0033-persons-stored-by-surname.md). Unlogged, no write-ahead log for rows that
-- stay minutes: a crash of the server empties it, and an import the crash cut short runs again anyway.
CREATE UNLOGGED TABLE "register_persons_staging" (
	"municipality" text NOT NULL,
	"import_id" uuid NOT NULL,
	"source_id" text NOT NULL,
	"given_names" text,
	"prefix" text,
	"surname" text NOT NULL,
	"birth_year" integer,
	"birth_month" integer,
	"birth_day" integer,
	"street" text,
	"house_number" integer,
	"house_letter" text,
	"addition" text,
	"postcode" text,
	"place" text,
	"description" text,
	"surname_norm" text NOT NULL,
	"given_norm" text,
	"surname_key" text NOT NULL
);
--> statement-breakpoint
-- The municipality's own records, as private as register_persons.
GRANT SELECT, INSERT, DELETE ON register_persons_staging TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_persons_staging ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_persons_staging
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

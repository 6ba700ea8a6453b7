-- Name search in the registers (issue 8): trigram similarity, phonetic codes and accent folding.
-- All three are trusted extensions: the database owner may create them without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TABLE "register_addresses" (
	"import_id" uuid NOT NULL,
	"nummeraanduiding" text NOT NULL,
	"street" text NOT NULL,
	"house_number" integer NOT NULL,
	"house_letter" text,
	"addition" text,
	"postcode" text,
	"place" text NOT NULL,
	"municipality_name" text,
	"street_norm" text NOT NULL,
	CONSTRAINT "register_addresses_import_id_nummeraanduiding_pk" PRIMARY KEY("import_id","nummeraanduiding")
);
--> statement-breakpoint
CREATE TABLE "register_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text,
	"register" text NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"rows" integer DEFAULT 0 NOT NULL,
	"bad_rows" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"started_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "register_organisations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"kvk_number" text NOT NULL,
	"branch_number" text,
	"name" text NOT NULL,
	"trade_names" text[] DEFAULT '{}' NOT NULL,
	"street" text,
	"house_number" integer,
	"house_letter" text,
	"addition" text,
	"postcode" text,
	"place" text,
	"name_norm" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_persons" (
	"id" bigserial PRIMARY KEY NOT NULL,
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
CREATE INDEX "register_addresses_postcode_idx" ON "register_addresses" USING btree ("import_id","postcode","house_number");--> statement-breakpoint
CREATE INDEX "register_addresses_street_trgm_idx" ON "register_addresses" USING gin ("street_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "register_imports_current_idx" ON "register_imports" USING btree ("register","municipality","source","status");--> statement-breakpoint
CREATE INDEX "register_organisations_kvk_idx" ON "register_organisations" USING btree ("import_id","kvk_number");--> statement-breakpoint
CREATE INDEX "register_organisations_address_idx" ON "register_organisations" USING btree ("import_id","postcode","house_number");--> statement-breakpoint
CREATE INDEX "register_organisations_name_trgm_idx" ON "register_organisations" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "register_persons_address_idx" ON "register_persons" USING btree ("import_id","postcode","house_number");--> statement-breakpoint
CREATE INDEX "register_persons_birth_idx" ON "register_persons" USING btree ("import_id","birth_year","surname_key");--> statement-breakpoint
CREATE INDEX "register_persons_key_idx" ON "register_persons" USING btree ("import_id","surname_key");--> statement-breakpoint
CREATE INDEX "register_persons_surname_trgm_idx" ON "register_persons" USING gin ("surname_norm" gin_trgm_ops);
--> statement-breakpoint
-- The public registers are read by every municipality and written only by the installation.
GRANT SELECT ON register_addresses, register_organisations TO signaalroute_app;
--> statement-breakpoint
-- A municipality's own records: its beheerder imports them, its AF searches them, nobody else.
GRANT SELECT, INSERT, DELETE ON register_persons TO signaalroute_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE register_persons_id_seq TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_persons
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
-- Imports: a municipality sees its own and the instance-wide ones, and writes only its own.
GRANT SELECT, INSERT, UPDATE ON register_imports TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_imports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_imports
  USING (municipality IS NULL OR municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

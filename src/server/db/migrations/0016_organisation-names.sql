CREATE TABLE "register_organisation_names" (
	"import_id" uuid NOT NULL,
	"organisation_id" bigint NOT NULL,
	"name_norm" text NOT NULL
);
--> statement-breakpoint
DROP INDEX "register_organisations_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "register_organisation_names_import_idx" ON "register_organisation_names" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "register_organisation_names_trgm_idx" ON "register_organisation_names" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
-- Public data, like the organisations themselves: read by every municipality, written by the installation.
GRANT SELECT ON register_organisation_names TO signaalroute_app;
--> statement-breakpoint
-- The names of the organisations already imported, as an import does (src/server/registers/import/import-organisations.ts).
INSERT INTO register_organisation_names (import_id, organisation_id, name_norm)
  SELECT o.import_id, o.id, n FROM register_organisations o, unnest(string_to_array(o.name_norm, ' | ')) n;

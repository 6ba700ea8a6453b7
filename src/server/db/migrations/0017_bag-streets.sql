CREATE TABLE "register_streets" (
	"import_id" uuid NOT NULL,
	"street_norm" text NOT NULL,
	CONSTRAINT "register_streets_import_id_street_norm_pk" PRIMARY KEY("import_id","street_norm")
);
--> statement-breakpoint
DROP INDEX "register_addresses_street_trgm_idx";--> statement-breakpoint
CREATE INDEX "register_streets_trgm_idx" ON "register_streets" USING gin ("street_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "register_addresses_street_idx" ON "register_addresses" USING btree ("street_norm","house_number");--> statement-breakpoint
-- Public data, like the addresses themselves.
GRANT SELECT ON register_streets TO signaalroute_app;
--> statement-breakpoint
-- The streets of the addresses already imported, as an import does (src/server/registers/import/import-addresses.ts).
INSERT INTO register_streets (import_id, street_norm)
  SELECT DISTINCT import_id, street_norm FROM register_addresses;

CREATE TABLE "af_contacts" (
	"municipality" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"hours" text,
	"set_by_user_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "af_contacts" ADD CONSTRAINT "af_contacts_municipality_municipalities_code_fk" FOREIGN KEY ("municipality") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The municipality's aandachtsfunctionaris is a tenant table: row-level security on the
-- municipality, as in 0002. The beheerder replaces the contact; there is nothing to delete.
GRANT SELECT, INSERT, UPDATE ON af_contacts TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE af_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON af_contacts
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

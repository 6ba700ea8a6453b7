CREATE TABLE "register_uploads" (
	"import_id" uuid PRIMARY KEY NOT NULL,
	"municipality" text NOT NULL,
	"content" "bytea" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "register_imports" ADD COLUMN "bytes_total" bigint;--> statement-breakpoint
ALTER TABLE "register_imports" ADD COLUMN "bytes_read" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "register_imports" ADD COLUMN "problems_sealed" text;--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON register_uploads TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE register_uploads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON register_uploads
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

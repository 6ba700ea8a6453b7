CREATE TABLE "basisniveau_items" (
	"municipality" text NOT NULL,
	"item" text NOT NULL,
	"status" text NOT NULL,
	"evidence" text,
	"since" text,
	"confirmed_by_user_id" uuid NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "basisniveau_items_municipality_item_pk" PRIMARY KEY("municipality","item")
);
--> statement-breakpoint
CREATE TABLE "training_completions" (
	"user_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"module" text NOT NULL,
	"track" text NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "training_completions_user_id_module_pk" PRIMARY KEY("user_id","module")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "department" text;--> statement-breakpoint
ALTER TABLE "basisniveau_items" ADD CONSTRAINT "basisniveau_items_municipality_municipalities_code_fk" FOREIGN KEY ("municipality") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_municipality_municipalities_code_fk" FOREIGN KEY ("municipality") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_completions_municipality_idx" ON "training_completions" USING btree ("municipality");--> statement-breakpoint
-- Both are tenant tables: row-level security on the municipality, as in 0002. A completion is
-- recorded once and never changed; a checklist item is replaced when the beheerder confirms it anew.
GRANT SELECT, INSERT ON training_completions TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE training_completions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON training_completions
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON basisniveau_items TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE basisniveau_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON basisniveau_items
  USING (municipality = current_setting('app.municipality', true))
  WITH CHECK (municipality = current_setting('app.municipality', true));

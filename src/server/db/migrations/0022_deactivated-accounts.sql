ALTER TABLE "municipality_settings" ADD COLUMN "retention_user_months" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "anonymised_at" timestamp with time zone;
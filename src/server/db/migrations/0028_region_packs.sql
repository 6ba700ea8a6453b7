CREATE TABLE "region_pack_drafts" (
	"region" text PRIMARY KEY NOT NULL,
	"pack" jsonb NOT NULL,
	"based_on" integer NOT NULL,
	"updated_by_user_id" uuid,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_pack_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"region" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"pack" jsonb NOT NULL,
	"base_hash" text NOT NULL,
	"published_by_user_id" uuid,
	"published_by" text NOT NULL,
	"reason" text NOT NULL,
	"restored_from" integer,
	"published_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "route_map_versions" (
	"map_id" text NOT NULL,
	"map_version" text NOT NULL,
	"map" jsonb NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "route_map_versions_map_id_map_version_pk" PRIMARY KEY("map_id","map_version")
);
--> statement-breakpoint
ALTER TABLE "handovers" ADD COLUMN "partner_name" text;--> statement-breakpoint
CREATE UNIQUE INDEX "region_pack_versions_region_version_idx" ON "region_pack_versions" USING btree ("region","version");--> statement-breakpoint
-- Instance-wide content (ADR 28), not tenant data: no row-level security. Published versions and
-- route maps are only ever added; the draft is replaced or discarded. The served content (and the
-- municipality list it moves) is rebuilt by the server as the schema owner.
GRANT SELECT, INSERT ON region_pack_versions TO signaalroute_app;
--> statement-breakpoint
GRANT SELECT ON route_map_versions TO signaalroute_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE region_pack_versions_id_seq TO signaalroute_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON region_pack_drafts TO signaalroute_app;

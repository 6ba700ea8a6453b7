CREATE TABLE "region_pack_releases" (
	"region" text NOT NULL,
	"release_hash" text NOT NULL,
	"decision" text NOT NULL,
	"pack" jsonb NOT NULL,
	"decided_by_user_id" uuid,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "region_pack_releases_region_release_hash_pk" PRIMARY KEY("region","release_hash")
);
--> statement-breakpoint
ALTER TABLE "region_pack_drafts" ADD COLUMN "release_hash" text;--> statement-breakpoint
-- Instance-wide content (ADR 32 after ADR 28), not tenant data: no row-level security. A decision
-- on a release is recorded once per region and release; a refusal is never withdrawn.
GRANT SELECT, INSERT ON region_pack_releases TO signaalroute_app;

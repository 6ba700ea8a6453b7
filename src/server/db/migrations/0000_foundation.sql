CREATE TABLE "content_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"routemaps" integer NOT NULL,
	"municipalities" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_versions_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region" text NOT NULL,
	"subregion" text
);

CREATE TABLE "register_organisation_word_keys" (
	"key" text NOT NULL,
	"word" text NOT NULL,
	"edits" smallint NOT NULL,
	"organisations" integer NOT NULL,
	CONSTRAINT "register_organisation_word_keys_key_word_pk" PRIMARY KEY("key","word")
);
--> statement-breakpoint
CREATE TABLE "register_organisation_words" (
	"import_id" uuid NOT NULL,
	"word" text NOT NULL,
	"organisation_id" bigint NOT NULL,
	"name_norm" text NOT NULL
);
--> statement-breakpoint
DROP TABLE "register_organisation_names" CASCADE;--> statement-breakpoint
CREATE INDEX "register_organisation_words_word_idx" ON "register_organisation_words" USING btree ("word");--> statement-breakpoint
-- Public data, like the organisations themselves: read by every municipality, written by the installation.
-- The words of organisations already imported are written at the next start (rebuildMissingOrganisationWords).
GRANT SELECT, INSERT, DELETE ON register_organisation_words, register_organisation_word_keys TO signaalroute_app;

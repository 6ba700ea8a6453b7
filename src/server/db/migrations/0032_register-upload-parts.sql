-- An upload is stored in parts (ADR 36): one 50 MB value cost the embedded database gigabytes of memory to write and read.
ALTER TABLE "register_uploads" DROP CONSTRAINT "register_uploads_pkey";--> statement-breakpoint
ALTER TABLE "register_uploads" ADD COLUMN "part" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "register_uploads" ADD CONSTRAINT "register_uploads_import_id_part_pk" PRIMARY KEY("import_id","part");

CREATE TABLE "handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signal_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"partner_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"channel" text NOT NULL,
	"recipient_email" text,
	"parts" text[] NOT NULL,
	"content_sealed" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_by_user_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"feedback_token_hash" text NOT NULL,
	"feedback_token_expires_at" timestamp with time zone NOT NULL,
	"feedback_token_used_at" timestamp with time zone,
	"feedback_outcome" text,
	"feedback_forwarded_to" text,
	"feedback_note_sealed" text,
	"feedback_at" timestamp with time zone,
	"reminder_before_sent_at" timestamp with time zone,
	"reminder_after_sent_at" timestamp with time zone,
	CONSTRAINT "handovers_feedback_token_hash_unique" UNIQUE("feedback_token_hash")
);
--> statement-breakpoint
CREATE TABLE "meeting_signals" (
	"meeting_id" uuid NOT NULL,
	"signal_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"decision_sealed" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "meeting_signals_meeting_id_signal_id_pk" PRIMARY KEY("meeting_id","signal_id")
);
--> statement-breakpoint
CREATE TABLE "meldcode_steps" (
	"signal_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"step" integer NOT NULL,
	"done_on" text NOT NULL,
	"note_sealed" text,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meldcode_steps_signal_id_step_pk" PRIMARY KEY("signal_id","step")
);
--> statement-breakpoint
CREATE TABLE "municipality_settings" (
	"municipality" text PRIMARY KEY NOT NULL,
	"feedback_days" integer DEFAULT 14 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_counters" (
	"municipality" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "signal_counters_municipality_year_pk" PRIMARY KEY("municipality","year")
);
--> statement-breakpoint
CREATE TABLE "signal_drafts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"municipality" text NOT NULL,
	"payload_sealed" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"signal_id" uuid NOT NULL,
	"municipality" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor" text NOT NULL,
	"kind" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"text_sealed" text,
	"corrects_event_id" bigint
);
--> statement-breakpoint
CREATE TABLE "signal_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text NOT NULL,
	"held_on" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality" text NOT NULL,
	"reference" text NOT NULL,
	"state" text NOT NULL,
	"urgent" boolean NOT NULL,
	"forms" text[] NOT NULL,
	"sector" text,
	"reporter_user_id" uuid NOT NULL,
	"reporter_sealed" text NOT NULL,
	"submission_sealed" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"route_map_id" text,
	"route_map_version" text,
	"route_answers" text[],
	"route_outcome_id" text,
	CONSTRAINT "signals_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_signals" ADD CONSTRAINT "meeting_signals_meeting_id_signal_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."signal_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_signals" ADD CONSTRAINT "meeting_signals_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meldcode_steps" ADD CONSTRAINT "meldcode_steps_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD CONSTRAINT "municipality_settings_municipality_municipalities_code_fk" FOREIGN KEY ("municipality") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_drafts" ADD CONSTRAINT "signal_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_municipality_municipalities_code_fk" FOREIGN KEY ("municipality") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handovers_signal_idx" ON "handovers" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "handovers_due_idx" ON "handovers" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "signal_events_signal_idx" ON "signal_events" USING btree ("signal_id","id");--> statement-breakpoint
CREATE INDEX "signals_inbox_idx" ON "signals" USING btree ("municipality","state","urgent","received_at");--> statement-breakpoint
CREATE INDEX "signals_reporter_idx" ON "signals" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signals_idempotency_idx" ON "signals" USING btree ("reporter_user_id","idempotency_key");
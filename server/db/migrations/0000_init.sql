CREATE TABLE "facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country" text DEFAULT 'RU' NOT NULL,
	"region" text NOT NULL,
	"region_code" text,
	"occupied" boolean DEFAULT false NOT NULL,
	"type" text NOT NULL,
	"number" text DEFAULT '' NOT NULL,
	"short_name" text NOT NULL,
	"nicknames" text[] DEFAULT '{}' NOT NULL,
	"territorial_body" text DEFAULT '' NOT NULL,
	"official_name" text NOT NULL,
	"postcode" text,
	"address_raw" text NOT NULL,
	"address_region" text,
	"address_district" text,
	"address_locality" text,
	"address_street" text,
	"address_house" text,
	"address_notes" text,
	"source" text NOT NULL,
	"source_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facility_channels" (
	"facility_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"price_minor" integer,
	"currency" text DEFAULT 'RUB' NOT NULL,
	"service_name" text,
	"service_region" text,
	"checked_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facility_channels_facility_id_channel_pk" PRIMARY KEY("facility_id","channel")
);
--> statement-breakpoint
CREATE TABLE "prisoner_facility_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"prisoner_id" uuid NOT NULL,
	"facility_id" uuid,
	"facility_text" text,
	"arrived_on" date,
	"left_on" date,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prisoner_source_ids" (
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"prisoner_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prisoner_summaries" (
	"prisoner_id" uuid NOT NULL,
	"language" text NOT NULL,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prisoners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"country" text DEFAULT 'RU' NOT NULL,
	"surname" text NOT NULL,
	"given_name" text DEFAULT '' NOT NULL,
	"patronymic" text DEFAULT '' NOT NULL,
	"full_name" text NOT NULL,
	"latin_names" text[] DEFAULT '{}' NOT NULL,
	"gender" text DEFAULT 'unknown' NOT NULL,
	"birth_date" date,
	"birth_year" integer,
	"photo_path" text,
	"status" text DEFAULT 'unknown' NOT NULL,
	"facility_id" uuid,
	"articles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"articles_raw" text,
	"sentence" text,
	"arrested_on" date,
	"released_on" date,
	"interests" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{"ru"}' NOT NULL,
	"consent_to_list" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"source_id" text,
	"last_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"writer_id" uuid,
	"user_id" uuid,
	"letter_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" text DEFAULT 'transition' NOT NULL,
	"name" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ref_code" text NOT NULL,
	"writer_id" uuid NOT NULL,
	"prisoner_id" uuid NOT NULL,
	"facility_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"language" text NOT NULL,
	"body" text,
	"signature" text DEFAULT '' NOT NULL,
	"content_hash" text NOT NULL,
	"char_count" integer NOT NULL,
	"allow_publish" boolean DEFAULT false NOT NULL,
	"channel" text,
	"in_reply_to_reply_id" uuid,
	"claimed_by" uuid,
	"claim_expires_at" timestamp with time zone,
	"stuck_since" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "writers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pseudonym" text NOT NULL,
	"email_ciphertext" text NOT NULL,
	"email_hash" text NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"ui_language" text DEFAULT 'en' NOT NULL,
	"blocked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dispatch_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"external_ref" text,
	"cost_minor" integer,
	"currency" text,
	"batch_id" uuid,
	"actor_id" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"received_via" text NOT NULL,
	"transcription" text,
	"claimed_by" uuid,
	"claim_expires_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"purged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"reply_id" uuid NOT NULL,
	"name" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reply_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reply_id" uuid NOT NULL,
	"path" text NOT NULL,
	"mime_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"language" text NOT NULL,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"max_severity" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid,
	"reply_id" uuid,
	"direction" text NOT NULL,
	"source_language" text NOT NULL,
	"target_language" text NOT NULL,
	"text" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"engine" text,
	"translator_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text DEFAULT '' NOT NULL,
	"password_hash" text,
	"totp_secret_ciphertext" text,
	"recovery_code_hashes" text[] DEFAULT '{}' NOT NULL,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"language_pairs" text[] DEFAULT '{}' NOT NULL,
	"ui_language" text DEFAULT 'en' NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"singleton_key" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "facility_channels" ADD CONSTRAINT "facility_channels_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prisoner_facility_history" ADD CONSTRAINT "prisoner_facility_history_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prisoner_facility_history" ADD CONSTRAINT "prisoner_facility_history_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prisoner_source_ids" ADD CONSTRAINT "prisoner_source_ids_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prisoner_summaries" ADD CONSTRAINT "prisoner_summaries_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prisoners" ADD CONSTRAINT "prisoners_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_writer_id_writers_id_fk" FOREIGN KEY ("writer_id") REFERENCES "public"."writers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_events" ADD CONSTRAINT "letter_events_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_writer_id_writers_id_fk" FOREIGN KEY ("writer_id") REFERENCES "public"."writers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_prisoner_id_prisoners_id_fk" FOREIGN KEY ("prisoner_id") REFERENCES "public"."prisoners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_attempts" ADD CONSTRAINT "dispatch_attempts_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_events" ADD CONSTRAINT "reply_events_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_files" ADD CONSTRAINT "reply_files_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translations" ADD CONSTRAINT "translations_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "facilities_source_key_idx" ON "facilities" USING btree ("country","source_key");--> statement-breakpoint
CREATE INDEX "facilities_region_idx" ON "facilities" USING btree ("region");--> statement-breakpoint
CREATE INDEX "prisoner_facility_history_prisoner_idx" ON "prisoner_facility_history" USING btree ("prisoner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prisoner_source_ids_pk" ON "prisoner_source_ids" USING btree ("source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "prisoner_summaries_pk" ON "prisoner_summaries" USING btree ("prisoner_id","language");--> statement-breakpoint
CREATE UNIQUE INDEX "prisoners_slug_idx" ON "prisoners" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "prisoners_facility_idx" ON "prisoners" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "prisoners_status_idx" ON "prisoners" USING btree ("status");--> statement-breakpoint
CREATE INDEX "access_tokens_expires_idx" ON "access_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "letter_events_letter_idx" ON "letter_events" USING btree ("letter_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "letters_ref_code_idx" ON "letters" USING btree ("ref_code");--> statement-breakpoint
CREATE INDEX "letters_status_idx" ON "letters" USING btree ("status","status_changed_at");--> statement-breakpoint
CREATE INDEX "letters_writer_idx" ON "letters" USING btree ("writer_id");--> statement-breakpoint
CREATE INDEX "letters_prisoner_idx" ON "letters" USING btree ("prisoner_id");--> statement-breakpoint
CREATE INDEX "letters_content_hash_idx" ON "letters" USING btree ("content_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "writers_email_hash_idx" ON "writers" USING btree ("email_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "writers_pseudonym_idx" ON "writers" USING btree ("pseudonym");--> statement-breakpoint
CREATE INDEX "dispatch_attempts_letter_idx" ON "dispatch_attempts" USING btree ("letter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_attempts_external_ref_idx" ON "dispatch_attempts" USING btree ("channel","external_ref");--> statement-breakpoint
CREATE INDEX "replies_status_idx" ON "replies" USING btree ("status");--> statement-breakpoint
CREATE INDEX "replies_letter_idx" ON "replies" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "reply_events_reply_idx" ON "reply_events" USING btree ("reply_id","id");--> statement-breakpoint
CREATE INDEX "screenings_letter_idx" ON "screenings" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "translations_letter_idx" ON "translations" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "translations_reply_idx" ON "translations" USING btree ("reply_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "jobs_fetch_idx" ON "jobs" USING btree ("status","run_at");
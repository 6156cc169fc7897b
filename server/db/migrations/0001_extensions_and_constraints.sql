-- Trigram similarity for typo-tolerant search; unaccent for Latin names with diacritics.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- The status columns accept only the states the shared enums define.
ALTER TABLE "letters" ADD CONSTRAINT "letters_status_check" CHECK ("status" IN ('submitted','screening','translating','reviewing','approved','dispatching','dispatched','delivered','changes_requested','rejected','withdrawn','on_hold','returned','lost'));--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_status_check" CHECK ("status" IN ('received','transcribing','translating','reviewing','forwarded'));--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_status_check" CHECK ("status" IN ('pending','running','done','failed'));--> statement-breakpoint
-- At most one live job per singleton key (a sweep never runs twice at once).
CREATE UNIQUE INDEX "jobs_singleton_idx" ON "jobs" ("singleton_key") WHERE "status" IN ('pending','running');--> statement-breakpoint
-- A dispatch attempt that is still pending is unique per letter: a double click cannot start two.
CREATE UNIQUE INDEX "dispatch_attempts_one_pending_idx" ON "dispatch_attempts" ("letter_id") WHERE "status" = 'pending';

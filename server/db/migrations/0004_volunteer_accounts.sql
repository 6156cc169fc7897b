ALTER TABLE "users" ADD COLUMN "email_hash" text NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
CREATE INDEX "letter_events_actor_idx" ON "letter_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "reply_events_actor_idx" ON "reply_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_hash_idx" ON "users" USING btree ("email_hash");
ALTER TABLE "replies" ADD COLUMN "ocr_draft" text;--> statement-breakpoint
ALTER TABLE "reply_files" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;
CREATE TABLE "translation_memory" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_language" text NOT NULL,
	"target_language" text NOT NULL,
	"source_text" text NOT NULL,
	"target_text" text NOT NULL,
	"source_norm" text NOT NULL,
	"source_hash" text NOT NULL,
	"lsh_keys" integer[] NOT NULL,
	"translation_id" uuid,
	"approved_by" uuid,
	"approvals" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "translation_memory_source_hash_idx" ON "translation_memory" USING btree ("source_hash");--> statement-breakpoint
CREATE INDEX "translation_memory_lsh_idx" ON "translation_memory" USING gin ("lsh_keys");--> statement-breakpoint
CREATE INDEX "translation_memory_source_trgm_idx" ON "translation_memory" USING gin ("source_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "translation_memory_translation_idx" ON "translation_memory" USING btree ("translation_id");
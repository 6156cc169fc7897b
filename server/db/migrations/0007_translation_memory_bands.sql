CREATE TABLE "translation_memory_bands" (
	"band_key" integer NOT NULL,
	"memory_id" bigint NOT NULL,
	CONSTRAINT "translation_memory_bands_band_key_memory_id_pk" PRIMARY KEY("band_key","memory_id")
);
--> statement-breakpoint
DROP INDEX "translation_memory_lsh_idx";--> statement-breakpoint
DROP INDEX "translation_memory_source_trgm_idx";--> statement-breakpoint
ALTER TABLE "translation_memory_bands" ADD CONSTRAINT "translation_memory_bands_memory_id_translation_memory_id_fk" FOREIGN KEY ("memory_id") REFERENCES "public"."translation_memory"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "translation_memory_bands_memory_idx" ON "translation_memory_bands" USING btree ("memory_id");--> statement-breakpoint
CREATE INDEX "translation_memory_source_trgm_idx" ON "translation_memory" USING gin ("source_norm" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
ALTER TABLE "translation_memory" DROP COLUMN "lsh_keys";
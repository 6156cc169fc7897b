-- Idempotent, and dated after 0011 in the journal: 0011 was committed first, so a database may
-- have applied 0011 without this one, and the migrator only runs migrations dated after the last
-- one applied.
CREATE TABLE IF NOT EXISTS "translation_memory_sightings" (
	"source_hash" text NOT NULL,
	"translation_id" uuid NOT NULL,
	"writer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "translation_memory_sightings_source_hash_translation_id_pk" PRIMARY KEY("source_hash","translation_id"),
	CONSTRAINT "translation_memory_sightings_translation_id_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."translations"("id") ON DELETE cascade ON UPDATE no action,
	CONSTRAINT "translation_memory_sightings_writer_id_writers_id_fk" FOREIGN KEY ("writer_id") REFERENCES "public"."writers"("id") ON DELETE cascade ON UPDATE no action
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "translation_memory_stop_keys" (
	"band_key" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "translation_memory_sightings_translation_idx" ON "translation_memory_sightings" USING btree ("translation_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "translation_memory_sightings_writer_idx" ON "translation_memory_sightings" USING btree ("writer_id");--> statement-breakpoint
-- Pairs approved in letters before the two-writer rule: each becomes a sighting (while its letter's
-- text is kept) and leaves the memory until a second writer's letter has the same sentence.
INSERT INTO "translation_memory_sightings" ("source_hash", "translation_id", "writer_id")
SELECT m."source_hash", m."translation_id", l."writer_id"
FROM "translation_memory" m
JOIN "translations" t ON t."id" = m."translation_id"
JOIN "letters" l ON l."id" = t."letter_id"
WHERE l."purged_at" IS NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
DELETE FROM "translation_memory" WHERE "translation_id" IS NOT NULL;--> statement-breakpoint
-- The stop keys of what is left (the threshold is STOP_KEY_SEGMENTS in server/mt/memory/lsh.ts).
INSERT INTO "translation_memory_stop_keys" ("band_key")
SELECT "band_key" FROM "translation_memory_bands" GROUP BY "band_key" HAVING count(*) > 250
ON CONFLICT DO NOTHING;

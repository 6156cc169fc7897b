ALTER TABLE "prisoner_summaries" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, lower("text")) || to_tsvector('simple'::regconfig, lower("text"))) STORED;--> statement-breakpoint
CREATE INDEX "prisoner_summaries_search_idx" ON "prisoner_summaries" USING gin ("search_vector");--> statement-breakpoint
-- Summaries carry their own full-text column now (above), so a summary change no longer rewrites
-- its prisoner row: imports write each row once. The prisoner document keeps names and interests.
DROP TRIGGER IF EXISTS prisoner_summaries_search ON prisoner_summaries;--> statement-breakpoint
DROP FUNCTION IF EXISTS prisoner_summaries_search_trigger();--> statement-breakpoint
CREATE OR REPLACE FUNCTION prisoners_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
       setweight(to_tsvector('simple', lower(coalesce(NEW.full_name, '') || ' ' || coalesce(NEW.search_names, '') || ' ' || array_to_string(NEW.latin_names, ' '))), 'A')
    || setweight(to_tsvector('russian', lower(array_to_string(NEW.interests, ' '))), 'B')
    || setweight(to_tsvector('simple', lower(array_to_string(NEW.interests, ' '))), 'B');
  RETURN NEW;
END
$$;--> statement-breakpoint
DROP FUNCTION IF EXISTS prisoner_search_vector(uuid, text, text, text[], text[]);--> statement-breakpoint
-- Only a change of what the document is made of rebuilds it (not, say, last_synced_at).
DROP TRIGGER IF EXISTS prisoners_search_vector ON prisoners;--> statement-breakpoint
CREATE TRIGGER prisoners_search_vector BEFORE INSERT OR UPDATE OF full_name, search_names, latin_names, interests ON prisoners
  FOR EACH ROW EXECUTE FUNCTION prisoners_search_vector_trigger();--> statement-breakpoint
-- Rebuild the documents of existing rows without their summaries.
UPDATE prisoners SET full_name = full_name;

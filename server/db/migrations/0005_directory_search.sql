ALTER TABLE "facilities" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "prisoners" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "prisoners" ADD COLUMN "search_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "prisoners" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "prisoners" ADD COLUMN "recipient_dative" text;--> statement-breakpoint
CREATE INDEX "facilities_search_text_trgm_idx" ON "facilities" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "prisoners_name_key_idx" ON "prisoners" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "prisoners_search_names_trgm_idx" ON "prisoners" USING gin ("search_names" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "prisoners_search_vector_idx" ON "prisoners" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "prisoners_interests_idx" ON "prisoners" USING gin ("interests");--> statement-breakpoint
-- The prisoner search document: names and their skeletons (A), interests (B), case summaries in
-- every language (C, and D for the unstemmed words). 'russian' stems Cyrillic words (and English
-- ones through english_stem); 'simple' keeps exact words. Kept current by the triggers below.
CREATE OR REPLACE FUNCTION prisoner_search_vector(p_id uuid, p_full_name text, p_search_names text, p_latin_names text[], p_interests text[])
RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('simple', lower(coalesce(p_full_name, '') || ' ' || coalesce(p_search_names, '') || ' ' || array_to_string(p_latin_names, ' '))), 'A')
      || setweight(to_tsvector('russian', lower(array_to_string(p_interests, ' '))), 'B')
      || setweight(to_tsvector('simple', lower(array_to_string(p_interests, ' '))), 'B')
      || setweight(to_tsvector('russian', lower(coalesce(s.body, ''))), 'C')
      || setweight(to_tsvector('simple', lower(coalesce(s.body, ''))), 'D')
    FROM (SELECT string_agg("text", ' ') AS body FROM prisoner_summaries WHERE prisoner_id = p_id) s
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION prisoners_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := prisoner_search_vector(NEW.id, NEW.full_name, NEW.search_names, NEW.latin_names, NEW.interests);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER prisoners_search_vector BEFORE INSERT OR UPDATE ON prisoners
  FOR EACH ROW EXECUTE FUNCTION prisoners_search_vector_trigger();--> statement-breakpoint
-- A summary change touches its prisoner, whose BEFORE UPDATE trigger rebuilds the document.
CREATE OR REPLACE FUNCTION prisoner_summaries_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE prisoners SET search_vector = NULL WHERE id = OLD.prisoner_id;
  ELSE
    UPDATE prisoners SET search_vector = NULL WHERE id = NEW.prisoner_id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER prisoner_summaries_search AFTER INSERT OR UPDATE OR DELETE ON prisoner_summaries
  FOR EACH ROW EXECUTE FUNCTION prisoner_summaries_search_trigger();--> statement-breakpoint
-- Statuses the directory knows (server/directory/prisoners/status.ts).
ALTER TABLE "prisoners" ADD CONSTRAINT "prisoners_status_check" CHECK ("status" IN ('pre_trial','convicted','house_arrest','released','deceased','abroad','in_transit','unknown'));--> statement-breakpoint
ALTER TABLE "prisoners" ADD CONSTRAINT "prisoners_gender_check" CHECK ("gender" IN ('male','female','unknown'));

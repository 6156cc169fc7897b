-- The prisoner document no longer repeats the generated Latin spellings: their skeletons are in
-- search_names already (server/directory/names/skeleton.ts), and parsing five spellings per row
-- was a quarter of an import's insert time.
CREATE OR REPLACE FUNCTION prisoners_search_vector_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
       setweight(to_tsvector('simple', lower(coalesce(NEW.full_name, '') || ' ' || coalesce(NEW.search_names, ''))), 'A')
    || setweight(to_tsvector('russian', lower(array_to_string(NEW.interests, ' '))), 'B')
    || setweight(to_tsvector('simple', lower(array_to_string(NEW.interests, ' '))), 'B');
  RETURN NEW;
END
$$;--> statement-breakpoint
UPDATE prisoners SET full_name = full_name;

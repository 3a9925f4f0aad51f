-- The read API: full-text search on title + body (English stemming for English articles, plain words for the
-- rest) and newest-first paging on one sort key.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector(CASE WHEN language = 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
                coalesce(title, '') || ' ' || body)) STORED;
ALTER TABLE articles ADD COLUMN sort_at timestamptz GENERATED ALWAYS AS (coalesce(published_at, enriched_at, first_written_at)) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search);
CREATE INDEX articles_sort_idx ON articles (sort_at DESC, id DESC);

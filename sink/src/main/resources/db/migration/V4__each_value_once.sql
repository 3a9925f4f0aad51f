-- Each value once: body, topics, regions and mentions live in their own columns only (the ones queries and indexes
-- use); payload keeps the rest of the article. Nothing is lost: the columns were written from the same record.
-- articles_contract reassembles the whole EnrichedArticle JSON.
UPDATE articles SET payload = payload - 'body' - 'topics' - 'regions' - 'mentions';

CREATE VIEW articles_contract AS
SELECT id, payload || jsonb_build_object('body', body, 'topics', topics, 'regions', regions, 'mentions', mentions) AS article
FROM articles;

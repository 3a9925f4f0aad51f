-- Contract v1.1: an article id seen again with a changed title or body is an update with a higher revision.
-- Rows written before this migration are revision 1.
ALTER TABLE articles ADD COLUMN revision integer NOT NULL DEFAULT 1;

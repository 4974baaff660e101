-- PostgreSQL only (SchemaMigration adds this folder on PostgreSQL): the search's words are matched
-- with lower(column) like '%word%', which no b-tree index serves; pg_trgm's GIN indexes do, for
-- words of three letters or more. All four columns a word is looked for in are indexed, so that
-- PostgreSQL combines them (BitmapOr) instead of reading every event. H2, the embedded database
-- for development, reads its few events as before.
-- pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner may create it.
create extension if not exists pg_trgm;
create index event_title_trigram on event using gin (lower(title) gin_trgm_ops);
create index event_description_trigram on event using gin (lower(description) gin_trgm_ops);
create index event_origin_trigram on event using gin (lower(origin) gin_trgm_ops);
create index event_destination_trigram on event using gin (lower(destination) gin_trgm_ops);

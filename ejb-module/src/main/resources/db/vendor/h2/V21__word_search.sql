-- H2 only (SchemaMigration adds this folder on H2, the embedded database for development): the
-- same column PostgreSQL keeps as a tsvector (db/vendor/postgresql/V21), here as text: the words
-- of title, description, origin and destination, lowercased, each after one space, so that
-- "like '% word%'" finds a word by its beginning, as the full-text search does on PostgreSQL.
alter table event add column search_words character varying generated always as (
    ' ' || lower(regexp_replace(
        title || ' ' || description || ' ' || coalesce(origin, '') || ' ' || coalesce(destination, ''),
        '[^\p{L}\p{N}]+', ' ')));

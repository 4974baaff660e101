-- PostgreSQL only (SchemaMigration adds this folder on PostgreSQL). The search's words become a
-- full-text search: the words of an event's title, description, origin and destination, kept in a
-- tsvector that PostgreSQL maintains itself (a stored generated column), with a GIN index. Unlike
-- the trigram indexes of V18 (lower(column) like '%word%'), ANALYZE keeps statistics of the words
-- themselves, so that a plan made for the words searched (the search sets plan_cache_mode to
-- force_custom_plan for its transaction) walks the start index for a common word and reads the
-- index for a rare one.
--
-- Words are split where the text has anything but letters and digits, as the application splits
-- what a customer types (EventQueries): the characters replaced first are those PostgreSQL's parser
-- would otherwise keep inside one token ("ICE-597" as 'ice' and '-597', "3.5" as one number,
-- hosts, e-mail addresses, paths). The 'simple' configuration lowercases and neither stems nor
-- drops stop words, so every word a customer types can be found, in any language.
alter table event add column search_words tsvector generated always as (
    to_tsvector('simple'::regconfig, regexp_replace(
        title || ' ' || description || ' ' || coalesce(origin, '') || ' ' || coalesce(destination, ''),
        '[-+.,:;/\\@_~=?&#%<>|''"`^*$!()\[\]{}]+', ' ', 'g'))) stored;

-- fastupdate off: events change seldom, and a search should not scan a list of pending entries
create index event_search_words on event using gin (search_words) with (fastupdate = off);

-- The search's condition, as a function the Criteria API can name; PostgreSQL inlines its body
-- (a single SQL expression), so that the condition uses the index and the words' statistics.
create function boxoffice_words_match(words tsvector, query text) returns boolean
    language sql immutable parallel safe
    as $$ select words @@ to_tsquery('simple'::regconfig, query) $$;

-- the trigram indexes served the like '%word%' search only (pg_trgm itself stays installed)
drop index event_title_trigram;
drop index event_description_trigram;
drop index event_origin_trigram;
drop index event_destination_trigram;

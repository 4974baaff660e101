-- The organisation that keeps a venue's seat map: only its organizers see and change it. Venues of
-- no organisation (made before this) are edited by nobody until an admin gives them one.
alter table venue add column organisation_id bigint references organisation (id);
create index venue_organisation on venue (organisation_id);

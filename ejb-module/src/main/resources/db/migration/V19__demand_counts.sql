-- "Available only" on a large catalog (issue 4, bench/search): an EXISTS over the allotments or the
-- free seats of every upcoming event was planned as hashes of the whole inventory (half a second at
-- 100,000 events). Events now carry the tickets left, recounted every minute with tickets_taken by
-- catalog.control.DemandRecount and at publication; a page's "sold out" stays exact. The
-- event_demand view (V12) is not read any more. Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.
-- (V18 is PostgreSQL's own, in db/vendor/postgresql.)
alter table event add column tickets_left bigint default 0 not null;
update event set tickets_left =
       (select coalesce(sum(a.capacity - a.taken), 0) from allotment a join ticket_type t on t.id = a.ticket_type_id
         where t.event_id = event.id)
     + (select count(*) from event_seat s where s.event_id = event.id and s.status = 'FREE')
 where status <> 'DRAFT';
drop view event_demand;

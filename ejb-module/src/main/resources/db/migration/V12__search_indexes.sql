-- Customer search and the event calendar (issue 4): the indexes their queries use, and the view they
-- sort by. Portable SQL: PostgreSQL, and H2 in PostgreSQL mode. H2 has no expression indexes, so
-- there is no index on lower(city) for the case-insensitive city filter: it reads the venue table,
-- which is small next to the events. Words in titles and descriptions are matched with like '%word%',
-- which no b-tree index serves; a text index (pg_trgm) would be PostgreSQL only.

-- "available only" asks whether an event has one FREE seat left (an EXISTS on event_id and status),
-- and the view below counts seats by status per event.
create index event_seat_event_status on event_seat (event_id, status);

-- the price filter and the cheapest price of an event look at its ticket types' prices
create index ticket_type_event_price on ticket_type (event_id, price_amount);

-- the category filter, whose results are sorted by start more often than not
create index event_category_starts on event (category_id, starts_at);

-- How each event stands with buyers, computed from the inventory rows that bookings change, so that
-- search can sort by popularity and price inside the database (entity catalog.entity.EventDemand):
--   taken      general-admission places taken plus seats HELD or SOLD (the popularity);
--   available  general-admission places left plus seats FREE;
--   price_from the lowest ticket-type price.
-- A plain view: the planner evaluates it only for the events a query has already filtered.
create view event_demand as
select e.id as event_id,
       (select coalesce(sum(a.taken), 0)
          from allotment a join ticket_type t on t.id = a.ticket_type_id
         where t.event_id = e.id)
     + (select count(*) from event_seat s where s.event_id = e.id and s.status in ('HELD', 'SOLD')) as taken,
       (select coalesce(sum(a.capacity - a.taken), 0)
          from allotment a join ticket_type t on t.id = a.ticket_type_id
         where t.event_id = e.id)
     + (select count(*) from event_seat s where s.event_id = e.id and s.status = 'FREE') as available,
       (select min(t.price_amount) from ticket_type t where t.event_id = e.id) as price_from
  from event e;

-- Search on a large catalog (issue 4, measured by bench/search: 100,000 events, 5,000,000 seats).
-- Sorting by price or popularity through the event_demand view computed the view for every upcoming
-- event; the events now carry the figures they are sorted by, each with an index in that order.
-- Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.

-- The cheapest ticket type, set at publication: ticket types do not change after it.
alter table event add column price_from numeric(12, 2);
update event set price_from = (select min(t.price_amount) from ticket_type t where t.event_id = event.id)
 where status <> 'DRAFT';

-- Tickets held or sold, recounted every minute by catalog.control.Popularity (not by each booking:
-- a counter on the event's row would make every buyer of a hot event queue on that row).
alter table event add column tickets_taken bigint default 0 not null;
update event set tickets_taken =
       (select coalesce(sum(a.taken), 0) from allotment a join ticket_type t on t.id = a.ticket_type_id
         where t.event_id = event.id)
     + (select count(*) from event_seat s where s.event_id = event.id and s.status in ('HELD', 'SOLD'));

-- How long an event lasts. Upcoming events are those that have not ended; the longest published
-- event says how far back before now such an event can have started, so the search walks the
-- (status, starts_at) index from there instead of from the first event ever.
alter table event add column duration_seconds bigint;
update event set duration_seconds = cast(extract(epoch from ends_at) - extract(epoch from starts_at) as bigint);
alter table event alter column duration_seconds set not null;

create index event_status_price on event (status, price_from, starts_at, id);
create index event_status_taken on event (status, tickets_taken desc, starts_at, id);
create index event_status_duration on event (status, duration_seconds);

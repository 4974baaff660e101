-- The price filter on a large catalog (issue 4, bench/search): an event has a ticket type in
-- [min, max] only if its cheapest type costs at most max and its dearest at least min. Both bounds
-- on the event's row leave most events out before their ticket types are probed. Set at
-- publication, as price_from (V17). Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.
alter table event add column price_to numeric(12, 2);
update event set price_to = (select max(t.price_amount) from ticket_type t where t.event_id = event.id)
 where status <> 'DRAFT';

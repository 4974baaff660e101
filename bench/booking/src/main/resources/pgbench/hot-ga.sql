-- (a) One hot general-admission event: Bookings.hold of 2 places in plain SQL, statement for
-- statement what the platform sends on PostgreSQL (bench/booking/README.md). Variables from
-- bench/booking (-D): event, type, price, total, first_account, last_account.
\set account random(:first_account, :last_account)
begin;
-- the places taken from an allotment with room that nobody else has locked now, without waiting,
-- in one statement (Inventory.takePlaces); 0 when every allotment with room is locked
with unlocked as materialized (select id from allotment where ticket_type_id = :type and capacity - taken >= 2 order by id fetch first 1 rows only for update skip locked), taken as (update allotment a set taken = a.taken + 2, version = a.version + 1 from unlocked where a.id = unlocked.id returning a.id) select coalesce(max(id), 0) as allotment from taken \gset
\if :allotment = 0
-- none: the bounded wait, then the type's allotments with room, locked in id order (one allotment:
-- the locked row), and the places taken from it
set local lock_timeout = 2000;
select coalesce(min(id), 0) as allotment from (select id from allotment where ticket_type_id = :type and capacity - taken >= 2 order by id for update) busy \gset
\if :allotment != 0
update allotment set taken = taken + 2, version = version + 1 where id = :allotment;
\endif
\endif
\if :allotment = 0
rollback;
\else
insert into booking (id, account_id, event_id, status, total_amount, total_currency, created_at, expires_at, changed_at, idempotency_key, request_hash, version) values (nextval('booking_seq'), :account, :event, 'HELD', :total, 'EUR', now(), now() + interval '10 minutes', now(), md5(random()::text), md5(random()::text) || md5(random()::text), 1) returning id as booking \gset
insert into booking_line (id, booking_id, ticket_type_id, seat_id, allotment_id, quantity, unit_price_amount, unit_price_currency) values (nextval('booking_line_seq'), :booking, :type, null, :allotment, 2, :price, 'EUR');
commit;
\endif

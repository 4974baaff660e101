-- (c) Bookings spread over 200 events: as (a), for 2 places of a random one of them. bench.spread
-- numbers the events and their ticket types (1 to :events); the lookup rides in the first locking
-- statement, so that the transaction has no more round trips than (a).
-- Variables from bench/booking (-D): events, price, total, first_account, last_account.
\set n random(1, :events)
\set account random(:first_account, :last_account)
begin;
set local lock_timeout = 2000;
select coalesce((select id from allotment where ticket_type_id = s.ticket_type_id and capacity - taken >= 2 order by id fetch first 1 rows only for update skip locked), 0) as allotment, s.event_id as event, s.ticket_type_id as type from bench.spread s where s.n = :n \gset
\if :allotment = 0
select coalesce(min(id), 0) as allotment from (select id from allotment where ticket_type_id = :type and capacity - taken >= 2 order by id for update) busy \gset
\endif
\if :allotment = 0
rollback;
\else
update allotment set taken = taken + 2, version = version + 1 where id = :allotment;
insert into booking (id, account_id, event_id, status, total_amount, total_currency, created_at, expires_at, changed_at, idempotency_key, request_hash, version) values (nextval('booking_seq'), :account, :event, 'HELD', :total, 'EUR', now(), now() + interval '10 minutes', now(), md5(random()::text), md5(random()::text) || md5(random()::text), 1) returning id as booking \gset
insert into booking_line (id, booking_id, ticket_type_id, seat_id, allotment_id, quantity, unit_price_amount, unit_price_currency) values (nextval('booking_line_seq'), :booking, :type, null, :allotment, 2, :price, 'EUR');
commit;
\endif

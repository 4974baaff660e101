-- (b) Seat-picked bookings on one hot event: Bookings.hold of 2 neighbouring seats in plain SQL.
-- Each client walks its own share of a random permutation of the pairs (no two clients pick the
-- same pair until every pair was picked), as the HTTP clients draw from one shuffled deck.
-- Variables from bench/booking (-D): event, type, price, total, first_account, last_account,
-- first_seat, pairs, clients, seed, k (0).
\set k :k + 1
\set p permute(:client_id + :clients * :k, :pairs, :seed)
\set s1 :first_seat + 2 * :p
\set s2 :s1 + 1
\set account random(:first_account, :last_account)
begin;
set local lock_timeout = 2000;
-- the seats' rows locked in seat id order, then each required free
select count(*) filter (where status = 'FREE') as free from (select status from event_seat where event_id = :event and seat_id in (:s1, :s2) order by seat_id for update) locked \gset
\if :free = 2
insert into booking (id, account_id, event_id, status, total_amount, total_currency, created_at, expires_at, changed_at, idempotency_key, request_hash, version) values (nextval('booking_seq'), :account, :event, 'HELD', :total, 'EUR', now(), now() + interval '10 minutes', now(), md5(random()::text), md5(random()::text) || md5(random()::text), 1) returning id as booking \gset
insert into booking_line (id, booking_id, ticket_type_id, seat_id, allotment_id, quantity, unit_price_amount, unit_price_currency) values (nextval('booking_line_seq'), :booking, :type, :s1, null, 1, :price, 'EUR'), (nextval('booking_line_seq'), :booking, :type, :s2, null, 1, :price, 'EUR');
update event_seat set status = 'HELD', booking_id = :booking, version = version + 1 where event_id = :event and seat_id in (:s1, :s2);
commit;
\else
-- a pair taken already: a conflict, nothing held
rollback;
\endif

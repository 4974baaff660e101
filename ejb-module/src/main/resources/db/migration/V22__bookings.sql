-- Bookings (issue 5): a customer's hold of seats and general-admission places of one event, until
-- it is confirmed, expires, is cancelled or refunded (booking.entity.Booking has the state machine).
create sequence booking_seq start with 50 increment by 50;
create table booking (
    id              bigint                   not null primary key,
    account_id      bigint                   not null references account (id),
    event_id        bigint                   not null references event (id),
    status          varchar(12)              not null,
    total_amount    numeric(12, 2)           not null,
    total_currency  char(3)                  not null,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    changed_at      timestamp with time zone not null,
    -- the client's Idempotency-Key and a SHA-256 of what it asked for: a retry with the same key
    -- gets this booking, the same key with another request is refused
    idempotency_key varchar(100),
    request_hash    char(64),
    version         bigint                   not null,
    constraint booking_status check (status in ('HELD', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
    constraint booking_total_not_negative check (total_amount >= 0),
    constraint booking_expires_after_creation check (expires_at > created_at),
    constraint booking_key_with_hash check ((idempotency_key is null) = (request_hash is null))
);
-- one booking per key and customer (keys are the client's; two customers may pick the same)
create unique index booking_idempotency on booking (account_id, idempotency_key);
create index booking_account on booking (account_id, created_at);
-- the expiry timer's walk: held bookings, the longest expired first
create index booking_status_expiry on booking (status, expires_at);
create index booking_event on booking (event_id, status);

create sequence booking_line_seq start with 50 increment by 50;
create table booking_line (
    id                  bigint         not null primary key,
    booking_id          bigint         not null references booking (id),
    ticket_type_id      bigint         not null references ticket_type (id),
    seat_id             bigint references seat (id),
    allotment_id        bigint references allotment (id),
    quantity            integer        not null,
    unit_price_amount   numeric(12, 2) not null,
    unit_price_currency char(3)        not null,
    -- a line takes a seat or places of one allotment, never both
    constraint booking_line_one_source check ((seat_id is null and allotment_id is not null)
        or (seat_id is not null and allotment_id is null)),
    constraint booking_line_quantity check (quantity >= 1 and (seat_id is null or quantity = 1)),
    constraint booking_line_price_not_negative check (unit_price_amount >= 0)
);
create index booking_line_booking on booking_line (booking_id);

-- the booking that holds or bought a seat: set with HELD and SOLD by the bookings, cleared when the
-- seat is free again (seats sold before bookings existed, such as imported ones, have none)
alter table event_seat add column booking_id bigint references booking (id);

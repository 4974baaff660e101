-- Issue 5, second part: paying for bookings, their tickets, the event's booking rules, and the
-- demand recount's walk over recently changed bookings.

-- catalog.control.DemandRecount recounts the events whose bookings changed since its last run
create index booking_changed on booking (changed_at);

-- the most tickets one customer may have of the event in held and confirmed bookings together
-- (null: no limit beyond the per-order one)
alter table event add column max_per_customer integer;
alter table event add constraint event_max_per_customer
    check (max_per_customer is null or max_per_customer between 1 and 1000);
-- customers may cancel a confirmed booking, refunded, until this many hours before the start
-- (null: customers cannot cancel; an organizer cancelling the event refunds every booking)
alter table event add column cancellation_hours integer;
alter table event add constraint event_cancellation_hours
    check (cancellation_hours is null or cancellation_hours between 0 and 8760);

-- one attempt to pay a booking through a payment provider; card numbers are never stored, only
-- the brand and the last four digits the customer recognises
create sequence payment_seq start with 50 increment by 50;
create table payment (
    id                 bigint                   not null primary key,
    booking_id         bigint                   not null references booking (id),
    account_id         bigint                   not null references account (id),
    method             varchar(8)               not null,
    status             varchar(16)              not null,
    amount             numeric(12, 2)           not null,
    currency           char(3)                  not null,
    provider           varchar(20)              not null,
    provider_reference varchar(100),
    card_brand         varchar(20),
    card_last4         char(4),
    decline_code       varchar(40),
    refund_reference   varchar(100),
    created_at         timestamp with time zone not null,
    changed_at         timestamp with time zone not null,
    version            bigint                   not null,
    constraint payment_method check (method in ('CARD', 'PAYPAL', 'WALLET')),
    constraint payment_status check (status in ('REQUIRES_ACTION', 'SUCCEEDED', 'DECLINED', 'ABANDONED', 'REFUNDED')),
    constraint payment_amount_positive check (amount > 0)
);
create index payment_booking on payment (booking_id);
create index payment_account on payment (account_id, created_at);

-- one ticket per seat or general-admission place of a confirmed booking; the code is what the
-- door scans: random, 128 bits, unique
create sequence ticket_seq start with 50 increment by 50;
create table ticket (
    id             bigint                   not null primary key,
    booking_id     bigint                   not null references booking (id),
    event_id       bigint                   not null references event (id),
    ticket_type_id bigint                   not null references ticket_type (id),
    seat_id        bigint references seat (id),
    code           varchar(40)              not null,
    status         varchar(12)              not null,
    created_at     timestamp with time zone not null,
    constraint ticket_code unique (code),
    constraint ticket_status check (status in ('VALID', 'CANCELLED'))
);
create index ticket_booking on ticket (booking_id);
create index ticket_event on ticket (event_id);

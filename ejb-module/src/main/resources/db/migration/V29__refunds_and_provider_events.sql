-- Payments as the provider's webhooks tell them, and refunds in full or in part. Portable SQL:
-- PostgreSQL, and H2 in PostgreSQL mode.

-- PENDING: written, and committed, before the provider is asked, so that a charge the provider
-- made is found again by its reference (payment-<id>) even when the platform died before it
-- learned the answer; PARTIALLY_REFUNDED: some of the money went back.
alter table payment drop constraint payment_status;
alter table payment alter column status set data type varchar(20);
alter table payment add constraint payment_status check (status in
    ('PENDING', 'REQUIRES_ACTION', 'SUCCEEDED', 'DECLINED', 'ABANDONED', 'PARTIALLY_REFUNDED', 'REFUNDED'));
-- what went back so far, in the payment's currency
alter table payment add column refunded_amount numeric(12, 2) default 0 not null;
alter table payment add constraint payment_refunded_within check (refunded_amount >= 0 and refunded_amount <= amount);
create index payment_provider_reference on payment (provider, provider_reference);
-- the reconciliation and the history read payments by day
create index payment_changed on payment (changed_at);

-- one refund of a payment: asked for once per reference (our idempotency key at the provider),
-- in full or in part; its tickets are those it cancelled (none for a refund of an amount)
create sequence refund_seq start with 50 increment by 50;
create table refund (
    id                 bigint                   not null primary key,
    payment_id         bigint                   not null references payment (id),
    booking_id         bigint                   not null references booking (id),
    account_id         bigint                   not null references account (id),
    amount             numeric(12, 2)           not null,
    currency           char(3)                  not null,
    status             varchar(12)              not null,
    reason             varchar(24)              not null,
    reference          varchar(100)             not null,
    provider_reference varchar(100),
    requested_by       bigint references account (id),
    created_at         timestamp with time zone not null,
    changed_at         timestamp with time zone not null,
    version            bigint                   not null,
    constraint refund_reference unique (reference),
    constraint refund_amount_positive check (amount > 0),
    constraint refund_status check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
    constraint refund_reason check (reason in
        ('CUSTOMER_CANCELLATION', 'EVENT_CANCELLED', 'ADMIN', 'LATE_PAYMENT'))
);
create index refund_payment on refund (payment_id);
create index refund_booking on refund (booking_id);
create index refund_account on refund (account_id, created_at);
create index refund_changed on refund (changed_at);

-- the refunds made before, one per refunded payment, in full
insert into refund (id, payment_id, booking_id, account_id, amount, currency, status, reason, reference,
                    provider_reference, created_at, changed_at, version)
select nextval('refund_seq'), p.id, p.booking_id, p.account_id, p.amount, p.currency, 'SUCCEEDED',
       case when e.status = 'CANCELLED' then 'EVENT_CANCELLED' else 'CUSTOMER_CANCELLATION' end,
       'refund-' || p.id, p.refund_reference, p.changed_at, p.changed_at, 0
from payment p
join booking b on b.id = p.booking_id
join event e on e.id = b.event_id
where p.status = 'REFUNDED';
update payment set refunded_amount = amount where status = 'REFUNDED';

create table refund_ticket (
    refund_id bigint not null references refund (id),
    ticket_id bigint not null references ticket (id),
    primary key (refund_id, ticket_id)
);
create index refund_ticket_ticket on refund_ticket (ticket_id);

-- every webhook event taken, by the provider's id: a second delivery of one event changes nothing
create table payment_event (
    provider    varchar(20)              not null,
    event_id    varchar(100)             not null,
    type        varchar(40)              not null,
    payment_id  bigint,
    received_at timestamp with time zone not null,
    primary key (provider, event_id)
);
create index payment_event_received on payment_event (received_at);

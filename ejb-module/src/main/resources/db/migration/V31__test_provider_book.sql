-- The built-in test payment provider's own book: its charges and refunds, and the webhook events it
-- owes the platform. A stand-in for an outside provider: the platform reaches it only over HTTP.
-- Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.

-- A charge: decided by the test rules (see docs/booking.md), never holding a card number. The
-- idempotency key makes a repeated request answer with the first charge, also under concurrency.
create table test_provider_charge (
    id              varchar(40)              not null primary key,
    idempotency_key varchar(200)             not null,
    reference       varchar(200)             not null,
    method          varchar(8)               not null,
    amount          numeric(12, 2)           not null,
    currency        char(3)                  not null,
    description     varchar(500)             not null,
    status          varchar(20)              not null,
    decline_code    varchar(40),
    challenge       varchar(20),
    refunded        numeric(12, 2)           not null,
    created_at      timestamp with time zone not null,
    constraint test_provider_charge_key unique (idempotency_key),
    constraint test_provider_charge_method check (method in ('CARD', 'PAYPAL', 'WALLET')),
    constraint test_provider_charge_status
        check (status in ('requires_action', 'succeeded', 'declined', 'partially_refunded', 'refunded')),
    constraint test_provider_charge_amount check (amount > 0),
    constraint test_provider_charge_refunded check (refunded >= 0 and refunded <= amount)
);
create index test_provider_charge_created on test_provider_charge (created_at, id);
create index test_provider_charge_description on test_provider_charge (description);

-- A refund of part or all of a succeeded charge; the refunds of a charge never sum to more than it.
create table test_provider_refund (
    id              varchar(40)              not null primary key,
    charge_id       varchar(40)              not null references test_provider_charge (id),
    idempotency_key varchar(200)             not null,
    amount          numeric(12, 2)           not null,
    currency        char(3)                  not null,
    created_at      timestamp with time zone not null,
    constraint test_provider_refund_key unique (idempotency_key),
    constraint test_provider_refund_amount check (amount > 0)
);
create index test_provider_refund_charge on test_provider_refund (charge_id);
create index test_provider_refund_created on test_provider_refund (created_at, id);

-- The outbox of webhook events, written in the transaction of the change it tells of, and sent by
-- a timer with a signature. next_attempt_at is null once it is delivered or given up (after three
-- days), so that the index holds only what is still to be sent.
create table test_provider_webhook (
    event_id        varchar(40)              not null primary key,
    type            varchar(40)              not null,
    payload         varchar(4000)            not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone,
    attempts        integer                  not null,
    delivered_at    timestamp with time zone,
    last_status     integer
);
create index test_provider_webhook_due on test_provider_webhook (next_attempt_at);

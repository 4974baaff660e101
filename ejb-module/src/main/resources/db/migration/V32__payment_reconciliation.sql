-- The reconciliation of our payments and refunds with the provider's records, and the lock row
-- that lets scheduled work run once across instances. Portable SQL: PostgreSQL, and H2 in
-- PostgreSQL mode.

-- one run of the reconciliation of one day (in its zone): each run is its own report, a second
-- run of a day replaces nothing; started_by is the admin who started it, null for the nightly run
create sequence reconciliation_run_seq start with 50 increment by 50;
create table reconciliation_run (
    id               bigint                   not null primary key,
    run_day          date                     not null,
    zone             varchar(60)              not null,
    provider         varchar(20)              not null,
    started_by       bigint references account (id),
    job_execution_id bigint,
    status           varchar(12)              not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    matched          integer                  not null,
    differences      integer                  not null,
    resolved         integer                  not null,
    error            varchar(1000),
    version          bigint                   not null,
    constraint reconciliation_run_status check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    constraint reconciliation_run_counts check (matched >= 0 and differences >= 0 and resolved >= 0)
);
-- the admins' list, newest first
create index reconciliation_run_started on reconciliation_run (started_at, id);

-- one difference a run found; the ids name our rows as they were (no foreign keys: a report
-- outlives the rows it names); amounts are never added or compared across currencies
create sequence reconciliation_difference_seq start with 50 increment by 50;
create table reconciliation_difference (
    id                 bigint                   not null primary key,
    run_id             bigint                   not null references reconciliation_run (id),
    kind               varchar(30)              not null,
    payment_id         bigint,
    refund_id          bigint,
    booking_id         bigint,
    provider_reference varchar(100),
    our_amount         numeric(12, 2),
    our_currency       char(3),
    provider_amount    numeric(12, 2),
    provider_currency  char(3),
    resolution         varchar(20)              not null,
    detail             varchar(500),
    found_at           timestamp with time zone not null,
    constraint reconciliation_difference_kind check (kind in ('CHARGE_MISSING_HERE',
        'CHARGE_MISSING_AT_PROVIDER', 'AMOUNT_MISMATCH', 'REFUND_MISSING_HERE', 'REFUND_MISSING_AT_PROVIDER',
        'STALE_PENDING')),
    constraint reconciliation_difference_resolution check (resolution in ('REPORTED', 'BOOKING_CONFIRMED',
        'MONEY_REFUNDED', 'PAYMENT_ABANDONED', 'LEFT_PENDING', 'SETTLED_MEANWHILE', 'RESOLUTION_FAILED')),
    constraint reconciliation_difference_our_amount check ((our_amount is null) = (our_currency is null)),
    constraint reconciliation_difference_provider_amount check
        ((provider_amount is null) = (provider_currency is null))
);
create index reconciliation_difference_run on reconciliation_difference (run_id, id);

-- the reconciliation reads our payments by the day they were begun on (the provider's charge is
-- made then), a day at a time
create index payment_created on payment (created_at);

-- scheduled work that must run once across instances (EJB timers of Payara Micro instances are
-- not coordinated): every instance's timer fires, and the one whose conditional update moves the
-- row's claimed day forward does the work of that day
create table job_lock (
    name        varchar(60)              not null primary key,
    claimed_day date,
    claimed_by  varchar(200),
    claimed_at  timestamp with time zone
);
insert into job_lock (name) values ('payment-reconciliation');

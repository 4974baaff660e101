-- Outgoing webhooks (webhook component): the URLs integrators subscribe to the platform's events,
-- and the deliveries owed to them (the outbox), written in the transaction of the change they tell
-- of. Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.

-- organisation_id null: every organisation's events (an admin's subscription); the secret is
-- encrypted with the privacy key; events holds the topics' names separated by commas
create sequence webhook_subscription_seq start with 50 increment by 50;
create table webhook_subscription (
    id              bigint                   not null primary key,
    organisation_id bigint references organisation (id),
    owner_id        bigint                   not null,
    url             varchar(2000)            not null,
    events          varchar(500)             not null,
    secret          varchar(300)             not null,
    created_at      timestamp with time zone not null
);
create index webhook_subscription_organisation on webhook_subscription (organisation_id);

-- one event for one subscription; round and attempted_round decide who may send it (see
-- WebhookDelivery; lease_round is its round), next_attempt_at is when it is due (again), null once DELIVERED or FAILED
create table webhook_delivery (
    id              varchar(40)              not null primary key,
    subscription_id bigint                   not null references webhook_subscription (id) on delete cascade,
    topic           varchar(40)              not null,
    payload         varchar(4000)            not null,
    state           varchar(20)              not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone,
    lease_round     integer                  not null,
    attempted_round integer                  not null,
    attempts        integer                  not null,
    failures        integer                  not null,
    last_attempt_at timestamp with time zone,
    last_status     integer,
    last_answer     varchar(500),
    delivered_at    timestamp with time zone,
    constraint webhook_delivery_state check (state in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at);
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at);

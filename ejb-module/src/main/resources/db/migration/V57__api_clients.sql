-- API clients of integrators (account component): a machine that exchanges its client id and
-- secret for an API token (OAuth 2.0 client credentials). The secret is shown once and kept only
-- as a SHA-256 hash: it is 256 random bits, so a slow password hash would add nothing. The row
-- is read by its primary key on every request a client's token makes, so that revoking it counts
-- at once on every instance. organisation_id is null for a client an admin registered for no
-- organisation (catalog and bookings only). rate_limit is the requests its tokens may make per
-- window (boxoffice.api.rate-limit.client.window).
create table api_client (
    client_id       varchar(40)              not null primary key,
    name            varchar(80)              not null,
    secret_hash     varchar(64)              not null,
    rate_limit      integer                  not null,
    scopes          varchar(200)             not null,
    organisation_id bigint references organisation (id),
    created_by      bigint                   not null references account (id),
    created_at      timestamp with time zone not null,
    last_used_at    timestamp with time zone,
    revoked_at      timestamp with time zone,
    revoked_by      bigint references account (id),
    constraint api_client_revoked_by check ((revoked_at is null) = (revoked_by is null))
);
create index api_client_organisation on api_client (organisation_id, created_at);

-- a ticket admitted by an API client (checkins:write) names it, as one admitted by a scanner
-- token names that
alter table ticket add column admitted_by_client varchar(40) references api_client (client_id);

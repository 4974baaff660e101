-- Admission at the door: scanner tokens for one event, and each ticket's admission.

-- a token an organizer hands to the door staff of one event (optionally one gate): an API token
-- (JWT) whose id (jti) names this row, checked on every use, so that revoking it counts at once
create sequence scanner_token_seq start with 50 increment by 50;
create table scanner_token (
    id         bigint                   not null primary key,
    jti        varchar(64)              not null,
    event_id   bigint                   not null references event (id),
    gate       varchar(40),
    label      varchar(80)              not null,
    created_by bigint                   not null references account (id),
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    revoked_at timestamp with time zone,
    revoked_by bigint references account (id),
    constraint scanner_token_jti unique (jti),
    constraint scanner_token_expiry check (expires_at > created_at),
    constraint scanner_token_revoked_by check ((revoked_at is null) = (revoked_by is null))
);
create index scanner_token_event on scanner_token (event_id, created_at);

-- a ticket lets in once: the first admission sets these with one conditional update (admitted_at
-- still null), by a scanner token or by a signed-in organizer or admin
alter table ticket add column admitted_at timestamp with time zone;
alter table ticket add column admitted_gate varchar(40);
alter table ticket add column admitted_by_account bigint references account (id);
alter table ticket add column admitted_by_scanner bigint references scanner_token (id);
-- the figures and the check-in list: the event's admissions, in time
create index ticket_event_admitted on ticket (event_id, admitted_at);

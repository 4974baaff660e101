-- The audit trail: security events and admin actions, who did what, when and from where.
create sequence audit_event_seq start with 50 increment by 50;
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp with time zone not null,
    actor_id    bigint,
    actor       varchar(254),
    action      varchar(40)   not null,
    subject_id  bigint,
    detail      varchar(1000) not null,
    address     varchar(100)
);
create index audit_event_occurred on audit_event (occurred_at);

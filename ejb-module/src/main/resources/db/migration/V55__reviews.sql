-- Reviews and ratings of events by the customers who went (review component), the helpful marks
-- and reports of other users, and what moderators did. Portable SQL: PostgreSQL, and H2 in
-- PostgreSQL mode.

-- one review of an event by one customer: verified when the customer was checked in; pending
-- while it waits for a moderator (new, edited or reported); hidden ones count nowhere.
create sequence review_seq start with 50 increment by 50;
create table review (
    id            bigint                   not null primary key,
    event_id      bigint                   not null references event (id),
    account_id    bigint                   not null references account (id),
    rating        smallint                 not null,
    body          varchar(4000),
    verified      boolean                  not null,
    hidden        boolean                  not null,
    pending       boolean                  not null,
    helpful_count integer                  not null,
    report_count  integer                  not null,
    answer        varchar(2000),
    answered_by   bigint references account (id),
    answered_at   timestamp with time zone,
    created_at    timestamp with time zone not null,
    edited_at     timestamp with time zone,
    version       bigint                   not null,
    constraint review_once unique (event_id, account_id),
    constraint review_rating check (rating between 1 and 5),
    constraint review_counts check (helpful_count >= 0 and report_count >= 0)
);
-- an event's shown reviews, newest first or most helpful first
create index review_event_created on review (event_id, hidden, created_at);
create index review_event_helpful on review (event_id, hidden, helpful_count);
-- the moderation queue
create index review_pending on review (pending, report_count, created_at);

-- a user found a review helpful: once each
create table review_helpful (
    review_id  bigint                   not null references review (id) on delete cascade,
    account_id bigint                   not null references account (id),
    marked_at  timestamp with time zone not null,
    primary key (review_id, account_id)
);

-- a user reported a review to the moderators, with a reason: once each
create sequence review_report_seq start with 50 increment by 50;
create table review_report (
    id          bigint                   not null primary key,
    review_id   bigint                   not null references review (id) on delete cascade,
    account_id  bigint                   not null references account (id),
    reason      varchar(1000)            not null,
    reported_at timestamp with time zone not null,
    constraint review_report_once unique (review_id, account_id)
);

-- a moderator hid or restored a review, with a reason: the author's mail reads it from here
create sequence review_moderation_seq start with 50 increment by 50;
create table review_moderation (
    id           bigint                   not null primary key,
    review_id    bigint                   not null references review (id) on delete cascade,
    action       varchar(10)              not null,
    reason       varchar(1000)            not null,
    moderator_id bigint                   not null references account (id),
    moderated_at timestamp with time zone not null,
    constraint review_moderation_action check (action in ('HIDE', 'RESTORE'))
);
create index review_moderation_review on review_moderation (review_id, id);

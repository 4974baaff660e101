-- Support cases (support component): a customer's case about one of their bookings or a general
-- question, its thread of messages (internal notes among them), the files attached to messages,
-- what the desk did on the booking from the case, and the desk's canned replies. Portable SQL:
-- PostgreSQL, and H2 in PostgreSQL mode.

-- one case; booking, event and organisation are kept for the desk's filters and the organizers'
-- view; state_since is when it came into its state (the queue's "oldest waiting first", and the
-- auto-close timer's clock); awaiting_staff is true while the customer waits for an answer (OPEN)
create sequence support_case_seq start with 50 increment by 50;
create table support_case (
    id                bigint                   not null primary key,
    subject           varchar(200)             not null,
    kind              varchar(30)              not null,
    state             varchar(30)              not null,
    customer_id       bigint                   not null references account (id),
    booking_id        bigint references booking (id),
    event_id          bigint references event (id),
    organisation_id   bigint references organisation (id),
    assignee_id       bigint references account (id),
    created_at        timestamp with time zone not null,
    first_response_at timestamp with time zone,
    resolved_at       timestamp with time zone,
    closed_at         timestamp with time zone,
    last_activity_at  timestamp with time zone not null,
    state_since       timestamp with time zone not null,
    awaiting_staff    boolean                  not null,
    version           bigint                   not null,
    constraint support_case_kind check (kind in ('QUESTION', 'PROBLEM', 'CANCELLATION_REQUEST', 'REFUND_REQUEST', 'GENERAL')),
    constraint support_case_state check (state in ('OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED')),
    constraint support_case_booking check ((kind = 'GENERAL') = (booking_id is null))
);
create index support_case_customer on support_case (customer_id, created_at);
create index support_case_queue on support_case (state, awaiting_staff, state_since);
create index support_case_organisation on support_case (organisation_id, state_since);
create index support_case_assignee on support_case (assignee_id, state_since);
create index support_case_event on support_case (event_id);

-- a message of the thread; body null once its author's account was closed; internal notes are
-- the desk's and the organizers' only
create sequence support_message_seq start with 50 increment by 50;
create table support_message (
    id         bigint                   not null primary key,
    case_id    bigint                   not null references support_case (id) on delete cascade,
    author_id  bigint                   not null references account (id),
    side       varchar(10)              not null,
    body       varchar(8000),
    internal   boolean                  not null,
    created_at timestamp with time zone not null,
    constraint support_message_side check (side in ('CUSTOMER', 'STAFF', 'ORGANIZER')),
    constraint support_message_customer_public check (side <> 'CUSTOMER' or internal = false)
);
create index support_message_case on support_message (case_id, created_at, id);
create index support_message_author on support_message (author_id);

-- a file uploaded to a case and then referenced by a message; the bytes live in the data folder
-- under storage_name (random), never under the web root
create sequence support_attachment_seq start with 50 increment by 50;
create table support_attachment (
    id           bigint                   not null primary key,
    case_id      bigint                   not null references support_case (id) on delete cascade,
    uploader_id  bigint                   not null references account (id),
    message_id   bigint references support_message (id) on delete set null,
    name         varchar(255)             not null,
    content_type varchar(100)             not null,
    size_bytes   bigint                   not null,
    storage_name varchar(64)              not null,
    created_at   timestamp with time zone not null,
    constraint support_attachment_storage unique (storage_name),
    constraint support_attachment_size check (size_bytes >= 0)
);
create index support_attachment_case on support_attachment (case_id, id);
create index support_attachment_uploader on support_attachment (uploader_id);

-- what the desk did on the case's booking: cancelled it, refunded, resent its tickets
create sequence support_action_seq start with 50 increment by 50;
create table support_action (
    id         bigint                   not null primary key,
    case_id    bigint                   not null references support_case (id) on delete cascade,
    actor_id   bigint                   not null references account (id),
    kind       varchar(20)              not null,
    detail     varchar(1000)            not null,
    created_at timestamp with time zone not null,
    constraint support_action_kind check (kind in ('CANCEL', 'REFUND', 'RESEND_TICKETS'))
);
create index support_action_case on support_action (case_id, id);

-- the desk's canned replies, in a language, to prefill an answer
create sequence support_canned_reply_seq start with 50 increment by 50;
create table support_canned_reply (
    id         bigint                   not null primary key,
    title      varchar(200)             not null,
    body       varchar(8000)            not null,
    language   varchar(10)              not null,
    created_by bigint                   not null references account (id),
    created_at timestamp with time zone not null,
    changed_at timestamp with time zone not null,
    version    bigint                   not null
);
create index support_canned_reply_language on support_canned_reply (language, title);

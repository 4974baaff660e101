-- The foundation schema. Portable SQL: it runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Sequences step by 50, the allocation size of the entities' generators, and start at 50:
-- EclipseLink takes a value as the last of its preallocated block (50 stands for 1 to 50).

create sequence account_seq start with 50 increment by 50;
create table account (
    id            bigint       not null primary key,
    email         varchar(254) not null,
    display_name  varchar(100) not null,
    password_hash varchar(255) not null,
    status        varchar(20)  not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint account_email_unique unique (email)
);
create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(20) not null,
    primary key (account_id, role)
);

create sequence category_seq start with 50 increment by 50;
create table category (
    id   bigint      not null primary key,
    name varchar(80) not null,
    slug varchar(80) not null,
    constraint category_slug_unique unique (slug)
);

create sequence venue_seq start with 50 increment by 50;
create table venue (
    id      bigint       not null primary key,
    name    varchar(150) not null,
    address varchar(250) not null,
    city    varchar(100) not null,
    zone_id varchar(64)  not null,
    version bigint       not null
);
create index venue_city on venue (city);

create sequence section_seq start with 50 increment by 50;
create table section (
    id       bigint      not null primary key,
    venue_id bigint      not null references venue (id),
    name     varchar(80) not null,
    kind     varchar(20) not null,
    capacity integer     not null check (capacity >= 0),
    constraint section_name_unique unique (venue_id, name)
);

create sequence seat_seq start with 50 increment by 50;
create table seat (
    id         bigint      not null primary key,
    section_id bigint      not null references section (id),
    row_label  varchar(10) not null,
    number     integer     not null,
    category   varchar(30) not null,
    constraint seat_position_unique unique (section_id, row_label, number)
);

create sequence event_seq start with 50 increment by 50;
create table event (
    id          bigint        not null primary key,
    title       varchar(200)  not null,
    description varchar(4000) not null,
    category_id bigint        not null references category (id),
    venue_id    bigint        not null references venue (id),
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    status      varchar(20)   not null,
    version     bigint        not null,
    constraint event_ends_after_start check (ends_at > starts_at)
);
create index event_status_starts on event (status, starts_at);
create index event_venue on event (venue_id);

create sequence ticket_type_seq start with 50 increment by 50;
create table ticket_type (
    id             bigint        not null primary key,
    event_id       bigint        not null references event (id),
    name           varchar(80)   not null,
    price_amount   numeric(12, 2) not null check (price_amount >= 0),
    price_currency char(3)       not null,
    section_id     bigint        references section (id),
    capacity       integer       check (capacity > 0),
    constraint ticket_type_name_unique unique (event_id, name),
    -- bound either to reserved seats of a section or to a general-admission capacity
    constraint ticket_type_seated_or_capacity check (section_id is not null or capacity is not null)
);

-- Inventory: created when an event is published, never lazily on the first booking.
create sequence allotment_seq start with 50 increment by 50;
create table allotment (
    id             bigint  not null primary key,
    ticket_type_id bigint  not null references ticket_type (id),
    capacity       integer not null check (capacity >= 0),
    taken          integer not null,
    version        bigint  not null,
    constraint allotment_not_oversold check (taken >= 0 and taken <= capacity)
);
create index allotment_ticket_type on allotment (ticket_type_id);

create table event_seat (
    event_id       bigint      not null references event (id),
    seat_id        bigint      not null references seat (id),
    ticket_type_id bigint      not null references ticket_type (id),
    status         varchar(10) not null,
    version        bigint      not null,
    primary key (event_id, seat_id)
);
create index event_seat_type_status on event_seat (ticket_type_id, status);

create sequence notification_seq start with 50 increment by 50;
create table notification (
    id         bigint        not null primary key,
    account_id bigint        not null references account (id) on delete cascade,
    subject    varchar(200)  not null,
    body       varchar(4000) not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index notification_account on notification (account_id, created_at);

-- The nightly sales report (reporting component): an organisation's time zone, the reports and
-- their lines. Portable SQL: PostgreSQL, and H2 in PostgreSQL mode (bytea is H2's binary varying).

-- The zone an organisation counts its days in (its finance team's day): null takes
-- boxoffice.reports.zone.
alter table organisation add column zone varchar(60);

-- the report reads an event's tickets issued, and admitted, within a day
create index ticket_event_created on ticket (event_id, created_at);

-- one report of one organisation's day, in the zone that says where the day begins and ends;
-- started_by is the admin who started it, null for the nightly report.
create sequence sales_report_seq start with 50 increment by 50;
create table sales_report (
    id               bigint                   not null primary key,
    organisation_id  bigint                   not null references organisation (id),
    report_day       date                     not null,
    zone             varchar(60)              not null,
    status           varchar(12)              not null,
    started_by       bigint references account (id),
    job_execution_id bigint,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone,
    line_count       integer                  not null,
    tickets_sold     bigint                   not null,
    tickets_refunded bigint                   not null,
    check_ins        bigint                   not null,
    error            varchar(1000),
    mailed_to        integer                  not null,
    version          bigint                   not null,
    constraint sales_report_status check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    constraint sales_report_counts check (line_count >= 0 and tickets_sold >= 0 and tickets_refunded >= 0
        and check_ins >= 0 and mailed_to >= 0)
);
-- the finance pages and the API: an organisation's reports by day
create index sales_report_organisation_day on sales_report (organisation_id, report_day, id);
create index sales_report_day on sales_report (report_day, id);

-- one line of a report: the figures of one event, ticket type and currency; ticket_type_id is
-- null for refunds of amounts, or of tickets of several types at once. Names are copied: a report
-- outlives the rows it names.
create sequence sales_report_line_seq start with 50 increment by 50;
create table sales_report_line (
    id               bigint         not null primary key,
    report_id        bigint         not null references sales_report (id) on delete cascade,
    event_id         bigint         not null,
    event_title      varchar(200)   not null,
    event_starts_at  timestamp with time zone,
    ticket_type_id   bigint,
    ticket_type      varchar(80),
    currency         char(3)        not null,
    tickets_sold     bigint         not null,
    tickets_refunded bigint         not null,
    gross            numeric(14, 3) not null,
    fees             numeric(14, 3) not null,
    taxes            numeric(14, 3) not null,
    refunds          numeric(14, 3) not null,
    net              numeric(14, 3) not null,
    check_ins        bigint         not null
);
-- a restarted job must not write a line twice
create unique index sales_report_line_key on sales_report_line (report_id, event_id, ticket_type_id, currency);
create index sales_report_line_report on sales_report_line (report_id, id);

-- a report's files (CSV, XLSX), kept in the database that every instance shares
create table sales_report_file (
    report_id    bigint      not null references sales_report (id) on delete cascade,
    format       varchar(4)  not null,
    content      bytea       not null,
    primary key (report_id, format),
    constraint sales_report_file_format check (format in ('CSV', 'XLSX'))
);

insert into job_lock (name) values ('sales-report');

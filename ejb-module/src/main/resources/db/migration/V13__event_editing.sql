-- Organizers create and edit their events (issue 4). Portable SQL: PostgreSQL, and H2 in
-- PostgreSQL mode.

-- The sales window: a null start means on sale from publication, a null end until the event starts.
alter table event add column sales_start timestamp with time zone;
alter table event add column sales_end timestamp with time zone;
-- How many tickets one order may hold; existing events get the default.
alter table event add column max_per_order integer not null default 10;
alter table event add constraint event_max_per_order check (max_per_order between 1 and 100);
alter table event add constraint event_sales_end_by_event_end check (sales_end is null or sales_end <= ends_at);
alter table event add constraint event_sales_start_before_end
    check (sales_start is null or sales_end is null or sales_start < sales_end);

-- What organizers changed on published events, one row per field, so that ticket holders can be
-- told later. The actor is an account id without a foreign key, as in audit_event: the history
-- stays when an account is closed.
create sequence event_change_seq start with 50 increment by 50;
create table event_change (
    id         bigint        not null primary key,
    event_id   bigint        not null references event (id),
    changed_at timestamp with time zone not null,
    actor_id   bigint,
    field      varchar(40)   not null,
    old_value  varchar(4000),
    new_value  varchar(4000)
);
create index event_change_event on event_change (event_id, changed_at);

-- Ticket types bound to seat categories (issue 4): a seated type sells the seats of a seat category
-- (anywhere in the venue, or within one section), or every seat of a section as before. Portable
-- SQL: PostgreSQL, and H2 in PostgreSQL mode.
alter table ticket_type add column seat_category varchar(30);
alter table ticket_type drop constraint ticket_type_seated_or_capacity;
-- reserved seats (a section, a category or both) or a general-admission capacity, never both
alter table ticket_type add constraint ticket_type_seated_or_capacity
    check ((capacity is null and (section_id is not null or seat_category is not null))
        or (capacity is not null and section_id is null and seat_category is null));

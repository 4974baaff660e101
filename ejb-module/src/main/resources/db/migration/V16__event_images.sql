-- An event's image (issue 4), in a table of its own so that loading events never loads images.
-- Portable SQL: PostgreSQL, and H2 in PostgreSQL mode (bytea is H2's binary varying there).
create table event_image (
    event_id     bigint      not null primary key references event (id),
    content_type varchar(20) not null,
    width        integer     not null check (width > 0),
    height       integer     not null check (height > 0),
    data         bytea       not null
);
-- When the image last changed: null without an image. Pages and answers put it in the image's
-- address, so that browsers may cache an image for long and still see a new one at once.
alter table event add column image_updated_at timestamp with time zone;

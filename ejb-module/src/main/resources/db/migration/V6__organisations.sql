-- Organizer organisations: an organizer belongs to one and sees only its events and data.
create sequence organisation_seq start with 50 increment by 50;
create table organisation (
    id         bigint       not null primary key,
    name       varchar(150) not null,
    created_at timestamp with time zone not null,
    version    bigint       not null,
    constraint organisation_name_unique unique (name)
);

-- Only organizers have an organisation; an account of any other role has none.
alter table account add column organisation_id bigint;
alter table account add constraint account_organisation_fk foreign key (organisation_id) references organisation (id);
create index account_organisation on account (organisation_id);

-- Nullable until organizers create their own events (issue 4): an event of no organisation is
-- seen by no organizer.
alter table event add column organisation_id bigint;
alter table event add constraint event_organisation_fk foreign key (organisation_id) references organisation (id);
create index event_organisation on event (organisation_id, starts_at);

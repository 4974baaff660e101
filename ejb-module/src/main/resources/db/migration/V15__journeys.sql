-- Scheduled journeys (issue 4): a train, bus or flight is an event with an origin and a destination;
-- it departs at starts_at (shown in the venue's zone) and arrives at ends_at (shown in arrival_zone,
-- the destination's IANA zone). Plain events leave the three columns null. Portable SQL: PostgreSQL,
-- and H2 in PostgreSQL mode.
alter table event add column origin varchar(100);
alter table event add column destination varchar(100);
alter table event add column arrival_zone varchar(64);
alter table event add constraint event_journey_complete
    check ((origin is null and destination is null and arrival_zone is null)
        or (origin is not null and destination is not null and arrival_zone is not null));

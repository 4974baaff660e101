-- Seats for wheelchair users and their companions, and seats that are never sold (a pillar in the
-- way, a technician's place): a blocked seat gets no inventory row when an event is published.
alter table seat add column accessible boolean default false not null;
alter table seat add column blocked boolean default false not null;

-- The admin console's monitoring counts, minute by minute, the bookings that got their tickets
-- (by ticket_created, made for the user analytics) and the tickets admitted at the door; this finds
-- the recent admissions without reading every ticket.
create index ticket_admitted on ticket (admitted_at);

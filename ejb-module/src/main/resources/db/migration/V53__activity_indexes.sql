-- The admin console's monitoring counts, minute by minute, the bookings that got their tickets
-- and the tickets admitted at the door; these find the recent ones without reading every ticket.
create index ticket_created on ticket (created_at);
create index ticket_admitted on ticket (admitted_at);

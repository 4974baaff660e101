-- The admins' user analytics count a period's tickets and new accounts across all events and
-- accounts: these let the database read only the period's rows.
create index ticket_created on ticket (created_at);
create index account_created on account (created_at);

-- The notification centre's unread count, asked on every page a signed-in person opens.
create index if not exists notification_unread on notification (account_id, read_at);

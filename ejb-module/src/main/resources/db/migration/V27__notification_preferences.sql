-- Whether a customer wants the mail of a kind of notification (NotificationKind's name); no row
-- means yes. Mandatory kinds are mailed whatever a row says. "if not exists": the table may have
-- been made, with exactly these columns, by the migration that brought the mail templates.
create table if not exists notification_preference (
    account_id bigint      not null,
    kind       varchar(40) not null,
    mail       boolean     not null,
    primary key (account_id, kind)
);

-- The notification centre's unread count, asked on every page a signed-in person opens.
create index if not exists notification_unread on notification (account_id, read_at);

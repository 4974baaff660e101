-- A customer's choice, per kind of notification, whether it comes by mail too. No row: by mail.
-- Kinds that keep access, money or an evening safe are mailed whatever a row says.
create table notification_preference (
    account_id bigint      not null references account (id),
    kind       varchar(40) not null,
    mail       boolean     not null,
    primary key (account_id, kind)
);

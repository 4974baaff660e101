-- System settings that admins change at runtime (settings component): one row per setting, its
-- value null while the setting takes its default from MicroProfile Config. The row keeps who
-- changed it last and when, also when that was a reset to the default. Portable SQL: PostgreSQL,
-- and H2 in PostgreSQL mode.
create table setting (
    name             varchar(100)             not null primary key,
    stored_value     varchar(2000),
    changed_by       bigint,
    changed_by_email varchar(254),
    changed_at       timestamp with time zone,
    version          bigint                   not null
);
insert into setting (name, version) values ('boxoffice.booking.hold-duration', 0);
insert into setting (name, version) values ('boxoffice.notifications.reminder-hours', 0);
insert into setting (name, version) values ('boxoffice.account.lockout.attempts', 0);
insert into setting (name, version) values ('boxoffice.account.lockout.duration', 0);
insert into setting (name, version) values ('boxoffice.booking.default-service-fee', 0);
insert into setting (name, version) values ('boxoffice.reports.finance-addresses', 0);
insert into setting (name, version) values ('boxoffice.mail.from', 0);

-- An organisation without a service fee of its own charges the platform's default
-- (boxoffice.booking.default-service-fee). Until now every organisation had one, 0 for none, and
-- the default is 0: those with 0 take the default from now on, which charges the same.
alter table organisation alter column service_fee drop default;
alter table organisation alter column service_fee drop not null;
update organisation set service_fee = null where service_fee = 0;

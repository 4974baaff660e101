-- Notifications written from templates in the recipient's language, sent once per message, and
-- the reminder before an event. Portable SQL: PostgreSQL, and H2 in PostgreSQL mode.

-- The language of the account's mails and portal notifications (English unless chosen).
alter table account add column preferred_language varchar(8) default 'en' not null;
alter table account add constraint account_preferred_language check (preferred_language in ('en', 'de'));

-- When the booking's customer was reminded of the event: set by one conditional update, so that
-- of several instances' reminder timers only one sends the reminder.
alter table booking add column reminded_at timestamp with time zone;

-- What a portal notification is about (null for older ones).
alter table notification add column kind varchar(40);
alter table notification add column booking_id bigint;
alter table notification add column event_id bigint;

-- Every notification message handled, by the key its sender gave it: written before its mail goes
-- out, in the same transaction, so that a redelivered message sends nothing twice.
create table sent_notification (
    notification_key varchar(200) not null primary key,
    kind             varchar(40)  not null,
    account_id       bigint,
    sent_at          timestamp with time zone not null
);
create index sent_notification_sent on sent_notification (sent_at);

-- The development mail box names the files a mail carried.
alter table captured_mail add column attachments varchar(1000);

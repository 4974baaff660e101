-- Personal fields are encrypted at rest (AES-GCM, see PersonalDataCipher): the columns hold
-- "{aes-gcm:<key id>}" followed by base64 of nonce and cipher text, which is longer than the text.
alter table account alter column display_name set data type varchar(1000);
alter table account add column phone varchar(1000);
alter table account add column postal_address varchar(2000);
-- A change of e-mail address waits here until the new address is confirmed by its link.
alter table account_token add column new_email varchar(254);

-- Consents as a record: every grant and withdrawal is a new row with the time and the version of
-- the text agreed to; the newest row of a kind is the account's current choice.
create sequence consent_seq start with 50 increment by 50;
create table consent (
    id           bigint      not null primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    kind         varchar(20) not null,
    granted      boolean     not null,
    text_version varchar(40) not null,
    recorded_at  timestamp with time zone not null,
    address      varchar(100)
);
create index consent_account on consent (account_id, kind, recorded_at);

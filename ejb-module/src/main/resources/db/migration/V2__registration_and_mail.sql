-- Registration with e-mail verification, password recovery, and mail.

-- Single-use, expiring secrets sent by mail (verify an address, reset a password). Only a SHA-256
-- hash of each secret is stored: a copy of the database lets nobody use a pending link.
create sequence account_token_seq start with 50 increment by 50;
create table account_token (
    id         bigint      not null primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    varchar(30) not null,
    token_hash varchar(64) not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint account_token_hash_unique unique (token_hash)
);
create index account_token_account on account_token (account_id, purpose);

-- Mails kept instead of sent, when no SMTP server is configured (development): the portal's
-- development mail box shows them, so that a newcomer can click a verification link.
create sequence captured_mail_seq start with 50 increment by 50;
create table captured_mail (
    id         bigint        not null primary key,
    recipient  varchar(254)  not null,
    subject    varchar(200)  not null,
    body       varchar(8000) not null,
    created_at timestamp with time zone not null
);
create index captured_mail_created on captured_mail (created_at);

-- Lock-out after repeated failed sign-ins: counted per account, locked for a time.
alter table account add column failed_sign_ins integer default 0 not null;
alter table account add column locked_until timestamp with time zone;

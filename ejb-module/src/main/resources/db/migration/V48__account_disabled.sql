-- An admin disables an account with a reason: when and why, shown to admins beside its status
-- (the audit trail keeps who did it). Both are null for an account that is not disabled.
alter table account add column disabled_at timestamp with time zone;
alter table account add column disabled_reason varchar(500);

-- When the password last changed (by its owner or by a reset link): API tokens issued and page
-- sessions signed in before then stop working, so a changed password locks out whoever had the old one.
alter table account add column credentials_changed_at timestamp with time zone;

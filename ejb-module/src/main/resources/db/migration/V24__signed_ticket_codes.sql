-- Signed ticket codes (payload and Ed25519 signature in Crockford base32) take up to 141
-- characters; the random codes of 26 issued before stay as they are.
alter table ticket alter column code set data type varchar(160);

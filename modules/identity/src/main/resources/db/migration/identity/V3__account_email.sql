-- An optional e-mail address, given by the person, only to send them a password link when the
-- server has a mail server. Several accounts may share one (a family's phone).
ALTER TABLE IDN_ACCOUNT ADD COLUMN EMAIL VARCHAR(254);
CREATE INDEX IDN_ACCOUNT_EMAIL ON IDN_ACCOUNT (EMAIL);

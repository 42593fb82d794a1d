-- The last day a certificate is valid; none: it never expires.
ALTER TABLE CRT_CERTIFICATE ADD COLUMN EXPIRES_ON DATE;

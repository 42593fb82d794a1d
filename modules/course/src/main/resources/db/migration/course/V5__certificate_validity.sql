-- How long a course's certificates stay valid, in months; none: they never expire.
ALTER TABLE CRS_COURSE ADD COLUMN CERTIFICATE_MONTHS INT;

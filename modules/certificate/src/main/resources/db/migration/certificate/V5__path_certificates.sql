-- A certificate for a whole career path: the path enrolment it completes, and the titles of the
-- courses completed on the way, one a line (copied, so it reads the same years later).
ALTER TABLE CRT_CERTIFICATE ADD COLUMN PATH_ENROLMENT_ID BIGINT;
ALTER TABLE CRT_CERTIFICATE ADD COLUMN PATH_COURSES VARCHAR(4000);
ALTER TABLE CRT_CERTIFICATE ADD CONSTRAINT CRT_CERTIFICATE_PATH UNIQUE (PATH_ENROLMENT_ID);

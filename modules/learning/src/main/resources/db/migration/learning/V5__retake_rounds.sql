-- A learner may take a course again to renew a certificate that expires: each take is a round of
-- its own (1, 2, ...), with its own lessons done, completion and certificate. Two parallel requests
-- to enrol or to retake still give one row, now per round.
ALTER TABLE LRN_ENROLMENT ADD COLUMN ROUND_NO INT NOT NULL DEFAULT 1;
ALTER TABLE LRN_ENROLMENT DROP CONSTRAINT LRN_ENROLMENT_ONCE;
ALTER TABLE LRN_ENROLMENT ADD CONSTRAINT LRN_ENROLMENT_ROUND UNIQUE (ACCOUNT_ID, COURSE_ID, ROUND_NO);

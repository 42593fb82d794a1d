-- The published version of the course a learner follows; 0: the latest, fixed on first use.
ALTER TABLE LRN_ENROLMENT ADD COLUMN VERSION_NUMBER INT NOT NULL DEFAULT 0;

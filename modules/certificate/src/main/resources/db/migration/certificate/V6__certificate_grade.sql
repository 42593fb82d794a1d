-- The learner's result printed on a certificate of a course taken online: the mean of their quiz
-- grades, as a whole percent, fixed when the certificate is issued. None: no graded quiz, or
-- issued by hand.
ALTER TABLE CRT_CERTIFICATE ADD COLUMN GRADE_PERCENT INT;

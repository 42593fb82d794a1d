-- Courses taught hands-on in the room: an instructor's sign-off is part of completing them.
ALTER TABLE CRS_COURSE ADD COLUMN SIGN_OFF_REQUIRED BOOLEAN DEFAULT FALSE NOT NULL;

-- Whether the person reads with the larger text: picked once, it follows them to a new device.
ALTER TABLE IDN_ACCOUNT ADD COLUMN LARGE_TEXT BOOLEAN DEFAULT FALSE NOT NULL;

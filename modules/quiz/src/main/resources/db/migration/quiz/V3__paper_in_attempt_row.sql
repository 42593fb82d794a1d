-- An attempt in progress keeps its paper in its own row, written with it when it starts; at
-- submission the paper becomes QZ_ATTEMPT_SLOT rows with their marks and the column is emptied.
-- Attempts in progress before this migration keep their rows (the column stays NULL for them).
ALTER TABLE QZ_ATTEMPT ADD COLUMN PAPER VARCHAR(32000);

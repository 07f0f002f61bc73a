-- Whether a table exists (the schema of a collection tells which tables to read).
SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1

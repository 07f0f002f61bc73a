-- The collection's version and its note types as JSON (empty from schema 15 on, where note types
-- have tables of their own).
SELECT ver, models FROM col LIMIT 1

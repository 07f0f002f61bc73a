-- How many card templates one note type of schema 15 and later has.
SELECT count(*) FROM templates WHERE ntid = ?1

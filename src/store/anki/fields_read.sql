-- The field names of one note type of schema 15 and later, in order.
SELECT name FROM fields WHERE ntid = ?1 ORDER BY ord

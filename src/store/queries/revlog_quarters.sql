-- The counts per quarter hour and the list of reviews per item in each (schema version 10).
SELECT quarter, answers, reviews, passed, items FROM revlog_quarter WHERE quarter >= ?1 ORDER BY quarter

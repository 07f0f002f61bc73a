-- Rows of the quarter-hour counts (schema version 9) that differ from a count of the log itself, in
-- either direction: 0 when the triggers kept them right.
WITH counted AS (
    SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000 AS quarter,
           count(*) AS answers, sum(state_before = 2) AS reviews,
           sum(state_before = 2 AND rating > 1) AS passed
    FROM revlog GROUP BY 1
), counted_items AS (
    SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000 AS quarter,
           item_id, count(*) AS reviews, sum(rating > 1) AS passed
    FROM revlog WHERE state_before = 2 GROUP BY 1, 2
), kept_items AS (
    SELECT q.quarter, k.item_id, q.reviews, q.passed
    FROM revlog_item_quarter q LEFT JOIN revlog_item_key k ON k.item = q.item
)
SELECT (SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM revlog_quarter))
     + (SELECT count(*) FROM (SELECT * FROM revlog_quarter EXCEPT SELECT * FROM counted))
     + (SELECT count(*) FROM (SELECT * FROM counted_items EXCEPT SELECT * FROM kept_items))
     + (SELECT count(*) FROM (SELECT * FROM kept_items EXCEPT SELECT * FROM counted_items))

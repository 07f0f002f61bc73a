-- Rows of the quarter-hour counts (schema version 10) that differ from a count of the log itself, in
-- either direction, and tokens of their item lists that are not "<item number><p or f>": 0 when
-- the triggers kept them right.
WITH counted AS (
    SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000 AS quarter,
           count(*) AS answers, sum(state_before = 2) AS reviews,
           sum(state_before = 2 AND rating > 1) AS passed
    FROM revlog GROUP BY 1
), kept AS (
    SELECT quarter, answers, reviews, passed FROM revlog_quarter
), counted_items AS (
    SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000 AS quarter,
           item_id, count(*) AS reviews, sum(rating > 1) AS passed
    FROM revlog WHERE state_before = 2 GROUP BY 1, 2
), tokens AS (
    SELECT q.quarter, substr(j.value, 1, length(j.value) - 1) AS item, substr(j.value, -1) AS outcome
    FROM revlog_quarter q,
         json_each('["' || replace(substr(q.items, 1, length(q.items) - 1), ',', '","') || '"]') j
    WHERE q.items <> ''
), kept_items AS (
    SELECT t.quarter, k.item_id, count(*) AS reviews, sum(t.outcome = 'p') AS passed
    FROM tokens t LEFT JOIN revlog_item_key k ON k.item = CAST(t.item AS INTEGER)
    GROUP BY t.quarter, t.item
)
SELECT (SELECT count(*) FROM (SELECT * FROM counted EXCEPT SELECT * FROM kept))
     + (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM counted))
     + (SELECT count(*) FROM (SELECT * FROM counted_items EXCEPT SELECT * FROM kept_items))
     + (SELECT count(*) FROM (SELECT * FROM kept_items EXCEPT SELECT * FROM counted_items))
     + (SELECT count(*) FROM tokens
        WHERE outcome NOT IN ('p', 'f') OR CAST(CAST(item AS INTEGER) AS TEXT) IS NOT item)
     + (SELECT count(*) FROM revlog_quarter WHERE items <> '' AND substr(items, -1) <> ',')

DELETE FROM revlog_totals;
INSERT INTO revlog_totals (state_before, answers, passed)
SELECT state_before, count(*), sum(rating > 1) FROM revlog GROUP BY state_before;
-- The quarter-hour counts of schema version 10, as its migration counts them.
DELETE FROM revlog_quarter;
INSERT INTO revlog_item_key (item_id)
SELECT DISTINCT item_id FROM revlog WHERE state_before = 2 ORDER BY item_id
ON CONFLICT (item_id) DO NOTHING;
INSERT INTO revlog_quarter (quarter, answers, reviews, passed, items)
SELECT (r.reviewed_at - (r.reviewed_at % 900000 + 900000) % 900000) / 900000, count(*),
       sum(r.state_before = 2), sum(r.state_before = 2 AND r.rating > 1),
       coalesce(group_concat(k.item || CASE WHEN r.rating > 1 THEN 'p' ELSE 'f' END || ',', ''), '')
FROM revlog r LEFT JOIN revlog_item_key k ON r.state_before = 2 AND k.item_id = r.item_id
GROUP BY 1;

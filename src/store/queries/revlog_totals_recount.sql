DELETE FROM revlog_totals;
INSERT INTO revlog_totals (state_before, answers, passed)
SELECT state_before, count(*), sum(rating > 1) FROM revlog GROUP BY state_before;
-- The quarter-hour counts of schema version 9, as its migration counts them.
DELETE FROM revlog_quarter;
INSERT INTO revlog_quarter (quarter, answers, reviews, passed)
SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000, count(*),
       sum(state_before = 2), sum(state_before = 2 AND rating > 1)
FROM revlog GROUP BY 1;
DELETE FROM revlog_item_quarter;
INSERT INTO revlog_item_key (item_id)
SELECT DISTINCT item_id FROM revlog WHERE state_before = 2 ORDER BY item_id
ON CONFLICT (item_id) DO NOTHING;
INSERT INTO revlog_item_quarter (quarter, item, reviews, passed)
SELECT (r.reviewed_at - (r.reviewed_at % 900000 + 900000) % 900000) / 900000, k.item, count(*),
       sum(r.rating > 1)
FROM revlog r JOIN revlog_item_key k ON k.item_id = r.item_id
WHERE r.state_before = 2 GROUP BY 1, 2;

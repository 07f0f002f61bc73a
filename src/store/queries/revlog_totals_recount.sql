DELETE FROM revlog_totals;
INSERT INTO revlog_totals (state_before, answers, passed)
SELECT state_before, count(*), sum(rating > 1) FROM revlog GROUP BY state_before;

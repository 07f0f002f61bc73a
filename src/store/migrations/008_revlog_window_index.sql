-- Schema version 8: the review log by time with every column the Stats window reads (time,
-- rating, phase before, item), so that the last 140 days of answers are read from the index alone,
-- in order, without a lookup of each row in the table (about twice as fast on a million answers).

CREATE INDEX revlog_window ON revlog (reviewed_at, rating, state_before, item_id);

-- Schema version 9: the review log counted per quarter hour, kept by triggers like the totals of
-- version 3, so that Stats reads a few thousand rows for its 140 days instead of every answer.
-- Quarter hours (UTC, 900,000 ms from the epoch), not days: where a study day begins depends on the
-- time zone and the rollover hour, which can change after the answers were written, and every real
-- UTC offset is a multiple of 15 minutes, so a study day is a whole number of quarter hours (Stats
-- checks that and reads the answers one by one when it is not so).
-- A quarter is floor(reviewed_at / 900000), written out for negative times as well.

-- Every answer, per quarter hour.
CREATE TABLE revlog_quarter (
    quarter INTEGER PRIMARY KEY,
    answers INTEGER NOT NULL,
    reviews INTEGER NOT NULL, -- answers to cards in review (state_before = 2)
    passed  INTEGER NOT NULL  -- of those, not rated Again
) STRICT;

-- A number for each item answered in review, so the counts per item below stay narrow.
CREATE TABLE revlog_item_key (
    item    INTEGER PRIMARY KEY,
    item_id TEXT NOT NULL UNIQUE
) STRICT;

-- Answers to cards in review, per quarter hour and item (true retention by pack and by domain).
CREATE TABLE revlog_item_quarter (
    quarter INTEGER NOT NULL,
    item    INTEGER NOT NULL REFERENCES revlog_item_key (item),
    reviews INTEGER NOT NULL,
    passed  INTEGER NOT NULL,
    PRIMARY KEY (quarter, item)
) STRICT, WITHOUT ROWID;

-- The counts from the log as it is (the same statements count afresh after a bulk load:
-- queries/revlog_totals_recount.sql).
INSERT INTO revlog_quarter (quarter, answers, reviews, passed)
SELECT (reviewed_at - (reviewed_at % 900000 + 900000) % 900000) / 900000, count(*),
       sum(state_before = 2), sum(state_before = 2 AND rating > 1)
FROM revlog GROUP BY 1;

INSERT INTO revlog_item_key (item_id)
SELECT DISTINCT item_id FROM revlog WHERE state_before = 2 ORDER BY item_id;

INSERT INTO revlog_item_quarter (quarter, item, reviews, passed)
SELECT (r.reviewed_at - (r.reviewed_at % 900000 + 900000) % 900000) / 900000, k.item, count(*),
       sum(r.rating > 1)
FROM revlog r JOIN revlog_item_key k ON k.item_id = r.item_id
WHERE r.state_before = 2 GROUP BY 1, 2;

CREATE TRIGGER revlog_quarter_insert AFTER INSERT ON revlog BEGIN
    INSERT INTO revlog_quarter (quarter, answers, reviews, passed)
    VALUES ((NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, 1,
            NEW.state_before = 2, NEW.state_before = 2 AND NEW.rating > 1)
    ON CONFLICT (quarter) DO UPDATE
    SET answers = answers + 1, reviews = reviews + excluded.reviews,
        passed = passed + excluded.passed;
    INSERT INTO revlog_item_key (item_id) SELECT NEW.item_id WHERE NEW.state_before = 2
    ON CONFLICT (item_id) DO NOTHING;
    INSERT INTO revlog_item_quarter (quarter, item, reviews, passed)
    SELECT (NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, item, 1,
           NEW.rating > 1
    FROM revlog_item_key WHERE item_id = NEW.item_id AND NEW.state_before = 2
    ON CONFLICT (quarter, item) DO UPDATE
    SET reviews = reviews + 1, passed = passed + excluded.passed;
END;

CREATE TRIGGER revlog_quarter_delete AFTER DELETE ON revlog BEGIN
    UPDATE revlog_quarter
    SET answers = answers - 1, reviews = reviews - (OLD.state_before = 2),
        passed = passed - (OLD.state_before = 2 AND OLD.rating > 1)
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000;
    DELETE FROM revlog_quarter
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND answers <= 0;
    UPDATE revlog_item_quarter
    SET reviews = reviews - 1, passed = passed - (OLD.rating > 1)
    WHERE OLD.state_before = 2
      AND quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND item = (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id);
    DELETE FROM revlog_item_quarter
    WHERE OLD.state_before = 2
      AND quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND item = (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
      AND reviews <= 0;
END;

-- The app never changes a logged answer; an edit by hand is counted out and in again.
CREATE TRIGGER revlog_quarter_update
AFTER UPDATE OF item_id, reviewed_at, rating, state_before ON revlog BEGIN
    UPDATE revlog_quarter
    SET answers = answers - 1, reviews = reviews - (OLD.state_before = 2),
        passed = passed - (OLD.state_before = 2 AND OLD.rating > 1)
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000;
    DELETE FROM revlog_quarter
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND answers <= 0;
    UPDATE revlog_item_quarter
    SET reviews = reviews - 1, passed = passed - (OLD.rating > 1)
    WHERE OLD.state_before = 2
      AND quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND item = (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id);
    DELETE FROM revlog_item_quarter
    WHERE OLD.state_before = 2
      AND quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND item = (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
      AND reviews <= 0;
    INSERT INTO revlog_quarter (quarter, answers, reviews, passed)
    VALUES ((NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, 1,
            NEW.state_before = 2, NEW.state_before = 2 AND NEW.rating > 1)
    ON CONFLICT (quarter) DO UPDATE
    SET answers = answers + 1, reviews = reviews + excluded.reviews,
        passed = passed + excluded.passed;
    INSERT INTO revlog_item_key (item_id) SELECT NEW.item_id WHERE NEW.state_before = 2
    ON CONFLICT (item_id) DO NOTHING;
    INSERT INTO revlog_item_quarter (quarter, item, reviews, passed)
    SELECT (NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, item, 1,
           NEW.rating > 1
    FROM revlog_item_key WHERE item_id = NEW.item_id AND NEW.state_before = 2
    ON CONFLICT (quarter, item) DO UPDATE
    SET reviews = reviews + 1, passed = passed + excluded.passed;
END;

-- Schema version 3: running totals of the review log by phase, kept by triggers, so that all-time
-- counts and true retention need no scan of the whole log (a million rows take about 0.1 s).

CREATE TABLE revlog_totals (
    state_before INTEGER PRIMARY KEY, -- phase code before the answer, as in revlog
    answers      INTEGER NOT NULL,
    passed       INTEGER NOT NULL     -- answers not rated Again
) STRICT;

INSERT INTO revlog_totals (state_before, answers, passed)
SELECT state_before, count(*), sum(rating > 1) FROM revlog GROUP BY state_before;

CREATE TRIGGER revlog_totals_insert AFTER INSERT ON revlog BEGIN
    INSERT INTO revlog_totals (state_before, answers, passed)
    VALUES (NEW.state_before, 1, NEW.rating > 1)
    ON CONFLICT (state_before) DO UPDATE
    SET answers = answers + 1, passed = passed + (NEW.rating > 1);
END;

CREATE TRIGGER revlog_totals_delete AFTER DELETE ON revlog BEGIN
    UPDATE revlog_totals
    SET answers = answers - 1, passed = passed - (OLD.rating > 1)
    WHERE state_before = OLD.state_before;
END;

CREATE TRIGGER revlog_totals_update AFTER UPDATE OF state_before, rating ON revlog BEGIN
    UPDATE revlog_totals
    SET answers = answers - 1, passed = passed - (OLD.rating > 1)
    WHERE state_before = OLD.state_before;
    INSERT INTO revlog_totals (state_before, answers, passed)
    VALUES (NEW.state_before, 1, NEW.rating > 1)
    ON CONFLICT (state_before) DO UPDATE
    SET answers = answers + 1, passed = passed + (NEW.rating > 1);
END;

-- Schema version 7: the answers given in custom study (a chosen set drilled outside the schedule).
-- They are kept apart from `revlog` on purpose: nothing that schedules or counts reviews (daily
-- limits, siblings, retention, the streak, the FSRS optimizer) reads this table, and a card's
-- state never changes through it.

CREATE TABLE custom_log (
    id           INTEGER PRIMARY KEY,
    item_id      TEXT NOT NULL,
    reviewed_at  INTEGER NOT NULL,
    rating       INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), -- 1 again, 2 hard, 3 good, 4 easy
    duration_ms  INTEGER NOT NULL CHECK (duration_ms >= 0)
) STRICT;

CREATE INDEX custom_log_item ON custom_log (item_id, reviewed_at);

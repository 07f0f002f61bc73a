-- Schema version 1: card scheduling state, the review log, exam attempts and answers, app state.
-- Times are Unix milliseconds (UTC). Item ids are full ids `pack/item`.

CREATE TABLE card_state (
    item_id      TEXT PRIMARY KEY,
    state        INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 3), -- 0 new, 1 learning, 2 review, 3 relearning
    stability    REAL,
    difficulty   REAL,
    due          INTEGER,           -- when the card is next due
    last_review  INTEGER,
    step         INTEGER NOT NULL DEFAULT 0,  -- index into the (re)learning steps
    reps         INTEGER NOT NULL DEFAULT 0,
    lapses       INTEGER NOT NULL DEFAULT 0,
    suspended    INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
    buried_until INTEGER,
    leech        INTEGER NOT NULL DEFAULT 0 CHECK (leech IN (0, 1)),
    updated_at   INTEGER NOT NULL
) STRICT;

CREATE INDEX card_state_due ON card_state (due) WHERE suspended = 0;

CREATE TABLE revlog (
    id            INTEGER PRIMARY KEY,
    item_id       TEXT NOT NULL REFERENCES card_state (item_id),
    reviewed_at   INTEGER NOT NULL,
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4), -- 1 again, 2 hard, 3 good, 4 easy
    state_before  INTEGER NOT NULL,
    elapsed_days  REAL NOT NULL,     -- days since the previous review (0 for the first)
    duration_ms   INTEGER NOT NULL,  -- time the user took to answer
    stability     REAL,
    difficulty    REAL,
    interval_days REAL NOT NULL      -- the interval this answer scheduled
) STRICT;

CREATE INDEX revlog_item ON revlog (item_id, reviewed_at);
CREATE INDEX revlog_time ON revlog (reviewed_at);

CREATE TABLE exam_attempt (
    id           INTEGER PRIMARY KEY,
    exam         TEXT NOT NULL,     -- blueprint id, for example dva-c02
    mode         TEXT NOT NULL,     -- full, practice, quick
    seed         INTEGER NOT NULL,
    started_at   INTEGER NOT NULL,
    time_limit_s INTEGER,           -- NULL when untimed
    elapsed_ms   INTEGER NOT NULL DEFAULT 0, -- time spent with the exam open
    submitted_at INTEGER,           -- NULL while in progress
    score        INTEGER,           -- correct answers, once submitted
    total        INTEGER NOT NULL
) STRICT;

CREATE TABLE exam_answer (
    attempt_id   INTEGER NOT NULL REFERENCES exam_attempt (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,  -- 0-based order in the attempt
    question_id  TEXT NOT NULL,
    choice_order TEXT NOT NULL,     -- comma-separated original choice indexes, as shown
    selected     TEXT NOT NULL DEFAULT '', -- comma-separated original choice indexes
    flagged      INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
    PRIMARY KEY (attempt_id, position)
) STRICT;

CREATE INDEX exam_answer_question ON exam_answer (question_id);

CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

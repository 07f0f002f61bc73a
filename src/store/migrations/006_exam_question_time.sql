-- Schema version 6: the time spent on each question of an attempt (ms with the question on screen),
-- counted by the exam's clock and saved as it runs. Attempts stored before this version have 0.

ALTER TABLE exam_answer ADD COLUMN time_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_ms >= 0);

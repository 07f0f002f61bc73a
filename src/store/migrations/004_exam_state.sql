-- Schema version 4: whether a practice question was checked (its answer and explanations shown) is
-- stored, not inferred from having a selection: a "Choose two" question with one choice selected
-- is not checked. And an unfinished attempt can be discarded (`discarded_at`).

ALTER TABLE exam_answer ADD COLUMN checked INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1));

-- Attempts stored before this version keep the old inference: a practice question with a
-- selection counts as checked (submitted attempts show every answer anyway).
UPDATE exam_answer SET checked = 1
WHERE selected <> ''
  AND attempt_id IN (SELECT id FROM exam_attempt WHERE mode LIKE 'practice:%');

-- An unfinished attempt can be discarded: kept, but never scored, counted or offered for resume.
ALTER TABLE exam_attempt ADD COLUMN discarded_at INTEGER;

DROP INDEX exam_attempt_open;
CREATE INDEX exam_attempt_open ON exam_attempt (started_at, id)
WHERE submitted_at IS NULL AND discarded_at IS NULL;

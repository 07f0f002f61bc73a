-- Schema version 4: whether a practice question was checked (its answer and explanations shown) is
-- stored, not inferred from having a selection: a "Choose two" question with one choice selected
-- is not checked.

ALTER TABLE exam_answer ADD COLUMN checked INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1));

-- Attempts stored before this version keep the old inference: a practice question with a
-- selection counts as checked (submitted attempts show every answer anyway).
UPDATE exam_answer SET checked = 1
WHERE selected <> ''
  AND attempt_id IN (SELECT id FROM exam_attempt WHERE mode LIKE 'practice:%');

-- Schema version 5: the choices a candidate struck out (eliminated) on each question, kept with the
-- attempt: original choice indexes, comma-separated like `selected` (empty: none).

ALTER TABLE exam_answer ADD COLUMN struck TEXT NOT NULL DEFAULT '';

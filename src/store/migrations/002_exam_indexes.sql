-- Schema version 2: finding the unfinished exam and the recent attempts without reading them all.

CREATE INDEX exam_attempt_open ON exam_attempt (started_at, id) WHERE submitted_at IS NULL;
CREATE INDEX exam_attempt_started ON exam_attempt (started_at, id);

UPDATE exam_answer SET time_ms = ?3
WHERE attempt_id = ?1 AND position = ?2
  AND attempt_id IN (SELECT id FROM exam_attempt WHERE submitted_at IS NULL AND discarded_at IS NULL)

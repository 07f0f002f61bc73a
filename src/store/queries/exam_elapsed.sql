UPDATE exam_attempt SET elapsed_ms = ?2 WHERE id = ?1 AND submitted_at IS NULL AND discarded_at IS NULL

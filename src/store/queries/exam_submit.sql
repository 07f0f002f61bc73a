UPDATE exam_attempt SET submitted_at = ?2, score = ?3, elapsed_ms = ?4
WHERE id = ?1 AND discarded_at IS NULL

UPDATE exam_attempt SET discarded_at = ?2
WHERE id = ?1 AND submitted_at IS NULL AND discarded_at IS NULL

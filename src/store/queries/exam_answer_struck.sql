UPDATE exam_answer SET struck = ?3 WHERE attempt_id = ?1 AND position = ?2

UPDATE exam_answer SET selected = ?3, flagged = ?4 WHERE attempt_id = ?1 AND position = ?2

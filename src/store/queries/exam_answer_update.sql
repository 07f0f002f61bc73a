UPDATE exam_answer SET selected = ?3, flagged = ?4, checked = ?5 WHERE attempt_id = ?1 AND position = ?2

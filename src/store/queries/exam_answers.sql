SELECT position, question_id, choice_order, selected, flagged, checked, struck, time_ms
FROM exam_answer WHERE attempt_id = ?1 ORDER BY position

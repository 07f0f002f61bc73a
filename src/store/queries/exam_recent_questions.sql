SELECT DISTINCT question_id FROM exam_answer
WHERE attempt_id IN (SELECT id FROM exam_attempt ORDER BY started_at DESC, id DESC LIMIT ?1)

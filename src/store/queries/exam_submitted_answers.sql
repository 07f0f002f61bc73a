SELECT e.question_id, e.choice_order, e.selected
FROM exam_answer e JOIN exam_attempt a ON a.id = e.attempt_id
WHERE a.submitted_at IS NOT NULL AND a.discarded_at IS NULL

INSERT INTO exam_answer (attempt_id, position, question_id, choice_order) VALUES (?1, ?2, ?3, ?4)

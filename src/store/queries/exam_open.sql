SELECT id FROM exam_attempt WHERE submitted_at IS NULL AND discarded_at IS NULL
ORDER BY started_at DESC, id DESC LIMIT 1

SELECT id, exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total, discarded_at
FROM exam_attempt WHERE submitted_at IS NOT NULL AND discarded_at IS NULL ORDER BY submitted_at, id

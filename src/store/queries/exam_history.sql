SELECT id, exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total
FROM exam_attempt WHERE submitted_at IS NOT NULL ORDER BY submitted_at, id

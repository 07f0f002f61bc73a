SELECT id, exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total, discarded_at
FROM exam_attempt WHERE id = ?1

INSERT INTO exam_attempt (exam, mode, seed, started_at, time_limit_s, total)
VALUES (?1, ?2, ?3, ?4, ?5, ?6)

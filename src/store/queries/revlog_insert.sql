INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, stability,
                    difficulty, interval_days)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)

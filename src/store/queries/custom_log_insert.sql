INSERT INTO custom_log (item_id, reviewed_at, rating, duration_ms) VALUES (?1, ?2, ?3, ?4)

SELECT reviewed_at, rating, state_before, interval_days, duration_ms
FROM revlog WHERE item_id = ?1 ORDER BY reviewed_at DESC, id DESC LIMIT ?2

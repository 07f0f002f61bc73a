SELECT item_id, state_before, duration_ms FROM revlog WHERE reviewed_at >= ?1 ORDER BY reviewed_at

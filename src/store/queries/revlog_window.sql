SELECT reviewed_at, rating, state_before, item_id FROM revlog WHERE reviewed_at >= ?1 ORDER BY reviewed_at

SELECT item_id, rating FROM revlog WHERE state_before = 2 AND reviewed_at >= ?1

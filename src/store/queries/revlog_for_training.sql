SELECT item_id, reviewed_at, rating FROM revlog ORDER BY item_id, reviewed_at, id

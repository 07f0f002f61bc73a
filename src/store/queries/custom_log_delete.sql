DELETE FROM custom_log WHERE id = ?1 AND item_id = ?2

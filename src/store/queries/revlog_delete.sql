DELETE FROM revlog WHERE id = ?1 AND item_id = ?2

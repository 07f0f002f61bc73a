DELETE FROM card_state WHERE item_id = ?1

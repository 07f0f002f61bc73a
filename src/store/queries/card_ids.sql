SELECT item_id FROM card_state ORDER BY item_id

-- In id order, from the key's unique index (the window's items are kept sorted by id).
SELECT item, item_id FROM revlog_item_key ORDER BY item_id

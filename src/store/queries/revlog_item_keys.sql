SELECT item, item_id FROM revlog_item_key

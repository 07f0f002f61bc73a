SELECT item, reviews, passed FROM revlog_item_quarter WHERE quarter >= ?1

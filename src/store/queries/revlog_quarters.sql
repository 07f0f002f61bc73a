SELECT quarter, answers, reviews, passed FROM revlog_quarter WHERE quarter >= ?1 ORDER BY quarter

SELECT EXISTS (SELECT 1 FROM revlog WHERE reviewed_at >= ?1 AND reviewed_at < ?2)

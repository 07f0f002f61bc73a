SELECT count(*), coalesce(sum(CASE WHEN rating > 1 THEN 1 ELSE 0 END), 0)
FROM revlog
WHERE state_before = 2

SELECT coalesce(sum(answers), 0), coalesce(sum(passed), 0) FROM revlog_totals WHERE state_before = 2

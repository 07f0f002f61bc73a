SELECT
    (SELECT coalesce(sum(answers), 0) FROM revlog_totals),
    (SELECT count(*) FROM exam_attempt WHERE submitted_at IS NOT NULL)

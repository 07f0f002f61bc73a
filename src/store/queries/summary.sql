SELECT
    (SELECT count(*) FROM card_state),
    (SELECT count(*) FROM revlog),
    (SELECT count(*) FROM exam_attempt WHERE submitted_at IS NOT NULL)

-- Schema version 10: the reviews per item of each quarter hour move into the quarter hour's own
-- row, as text, so that Stats reads one row per quarter hour (13,000 for its 140 days on a large
-- store) instead of one per item and quarter hour as well (100,000 more rows).
-- `items` lists each answer to a card in review as the item's number (`revlog_item_key`) followed
-- by `p` (passed: not rated Again) or `f` (rated Again) and a comma, in no order: "12p,7f,12p,".
-- An answer undone or edited by hand takes out one such token (the first one that matches).
-- Kept by the triggers below, in the transaction of the answer that writes the log row; counted
-- from the log here and by `bulk_load` (queries/revlog_totals_recount.sql).

DROP TRIGGER revlog_quarter_insert;
DROP TRIGGER revlog_quarter_delete;
DROP TRIGGER revlog_quarter_update;
DROP TABLE revlog_item_quarter;

ALTER TABLE revlog_quarter ADD COLUMN items TEXT NOT NULL DEFAULT '';

-- The counts from the log as it is (the same statements count afresh after a bulk load:
-- queries/revlog_totals_recount.sql).
DELETE FROM revlog_quarter;
INSERT INTO revlog_item_key (item_id)
SELECT DISTINCT item_id FROM revlog WHERE state_before = 2 ORDER BY item_id
ON CONFLICT (item_id) DO NOTHING;
INSERT INTO revlog_quarter (quarter, answers, reviews, passed, items)
SELECT (r.reviewed_at - (r.reviewed_at % 900000 + 900000) % 900000) / 900000, count(*),
       sum(r.state_before = 2), sum(r.state_before = 2 AND r.rating > 1),
       coalesce(group_concat(k.item || CASE WHEN r.rating > 1 THEN 'p' ELSE 'f' END || ',', ''), '')
FROM revlog r LEFT JOIN revlog_item_key k ON r.state_before = 2 AND k.item_id = r.item_id
GROUP BY 1;

CREATE TRIGGER revlog_quarter_insert AFTER INSERT ON revlog BEGIN
    INSERT INTO revlog_item_key (item_id) SELECT NEW.item_id WHERE NEW.state_before = 2
    ON CONFLICT (item_id) DO NOTHING;
    INSERT INTO revlog_quarter (quarter, answers, reviews, passed, items)
    VALUES ((NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, 1,
            NEW.state_before = 2, NEW.state_before = 2 AND NEW.rating > 1,
            CASE WHEN NEW.state_before = 2 THEN
                coalesce((SELECT item FROM revlog_item_key WHERE item_id = NEW.item_id)
                         || CASE WHEN NEW.rating > 1 THEN 'p' ELSE 'f' END || ',', '')
            ELSE '' END)
    ON CONFLICT (quarter) DO UPDATE
    SET answers = answers + 1, reviews = reviews + excluded.reviews,
        passed = passed + excluded.passed, items = items || excluded.items;
END;

-- Takes the answer out of its quarter hour: the counts, and the first token of its item and
-- outcome from the text (found with a comma before it, so "2p," is not found in "12p,").
CREATE TRIGGER revlog_quarter_delete AFTER DELETE ON revlog BEGIN
    UPDATE revlog_quarter
    SET answers = answers - 1, reviews = reviews - (OLD.state_before = 2),
        passed = passed - (OLD.state_before = 2 AND OLD.rating > 1),
        -- at = instr(',' || items, ',' || token); items = items[..at - 1] || items[at + length(token)..]
        items = CASE WHEN OLD.state_before = 2 AND instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',') > 0
            THEN substr(items, 1, instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',') - 1)
              || substr(items, instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',')
                 + length((SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ','))
            ELSE items END
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000;
    DELETE FROM revlog_quarter
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND answers <= 0;
END;

-- The app never changes a logged answer; an edit by hand is counted out and in again.
CREATE TRIGGER revlog_quarter_update
AFTER UPDATE OF item_id, reviewed_at, rating, state_before ON revlog BEGIN
    UPDATE revlog_quarter
    SET answers = answers - 1, reviews = reviews - (OLD.state_before = 2),
        passed = passed - (OLD.state_before = 2 AND OLD.rating > 1),
        -- at = instr(',' || items, ',' || token); items = items[..at - 1] || items[at + length(token)..]
        items = CASE WHEN OLD.state_before = 2 AND instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',') > 0
            THEN substr(items, 1, instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',') - 1)
              || substr(items, instr(',' || items,
                   ',' || (SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ',')
                 + length((SELECT item FROM revlog_item_key WHERE item_id = OLD.item_id)
                     || CASE WHEN OLD.rating > 1 THEN 'p' ELSE 'f' END || ','))
            ELSE items END
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000;
    DELETE FROM revlog_quarter
    WHERE quarter = (OLD.reviewed_at - (OLD.reviewed_at % 900000 + 900000) % 900000) / 900000
      AND answers <= 0;
    INSERT INTO revlog_item_key (item_id) SELECT NEW.item_id WHERE NEW.state_before = 2
    ON CONFLICT (item_id) DO NOTHING;
    INSERT INTO revlog_quarter (quarter, answers, reviews, passed, items)
    VALUES ((NEW.reviewed_at - (NEW.reviewed_at % 900000 + 900000) % 900000) / 900000, 1,
            NEW.state_before = 2, NEW.state_before = 2 AND NEW.rating > 1,
            CASE WHEN NEW.state_before = 2 THEN
                coalesce((SELECT item FROM revlog_item_key WHERE item_id = NEW.item_id)
                         || CASE WHEN NEW.rating > 1 THEN 'p' ELSE 'f' END || ',', '')
            ELSE '' END)
    ON CONFLICT (quarter) DO UPDATE
    SET answers = answers + 1, reviews = reviews + excluded.reviews,
        passed = passed + excluded.passed, items = items || excluded.items;
END;

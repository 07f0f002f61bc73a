-- Schema version 8: a generation number that changes, to a random value, with every change to the
-- card states (kept by triggers, like the review-log totals of version 3). A snapshot of the states
-- written at one generation (store/snapshot.rs) is current exactly while the store still has that
-- generation, so commands and the app read the snapshot instead of every row.

CREATE TABLE card_state_generation (
    only       INTEGER PRIMARY KEY CHECK (only = 1),
    generation INTEGER NOT NULL
) STRICT;

INSERT INTO card_state_generation (only, generation) VALUES (1, random());

CREATE TRIGGER card_state_generation_insert AFTER INSERT ON card_state BEGIN
    UPDATE card_state_generation SET generation = random();
END;

CREATE TRIGGER card_state_generation_update AFTER UPDATE ON card_state BEGIN
    UPDATE card_state_generation SET generation = random();
END;

CREATE TRIGGER card_state_generation_delete AFTER DELETE ON card_state BEGIN
    UPDATE card_state_generation SET generation = random();
END;

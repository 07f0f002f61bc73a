SELECT item_id, state, stability, difficulty, due, last_review, step, reps, lapses, suspended,
       buried_until, leech
FROM card_state
WHERE item_id = ?1

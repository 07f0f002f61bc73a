INSERT INTO card_state (item_id, state, stability, difficulty, due, last_review, step, reps, lapses,
                        suspended, buried_until, leech, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
ON CONFLICT (item_id) DO UPDATE SET
    state = excluded.state, stability = excluded.stability, difficulty = excluded.difficulty,
    due = excluded.due, last_review = excluded.last_review, step = excluded.step,
    reps = excluded.reps, lapses = excluded.lapses, suspended = excluded.suspended,
    buried_until = excluded.buried_until, leech = excluded.leech, updated_at = excluded.updated_at

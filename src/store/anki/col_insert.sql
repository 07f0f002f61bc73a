-- The one row of `col`: creation day (seconds), modification and schema times (ms), version 11,
-- and the JSON of the options, note types, decks and deck options.
INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')

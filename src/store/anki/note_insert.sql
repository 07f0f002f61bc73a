-- A note: fields joined by U+001F, tags as " a b ", the sort field and the first field's checksum.
INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, ?8, 0, '')

-- Every note with its note type, fields and tags, in creation order.
SELECT id, guid, mid, tags, flds FROM notes ORDER BY id

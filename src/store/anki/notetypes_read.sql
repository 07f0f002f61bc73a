-- Note types of schema 15 and later: id, name and the protobuf of their options (which says
-- whether the type is a cloze type).
SELECT id, name, config FROM notetypes ORDER BY id

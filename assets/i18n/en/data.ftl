# The data commands: backup, restore, export, import, optimize, paths, anki and csv.

## backup and restore

data-backed-up = Backed up the store to { $path }
data-restore-question = Replace the store at { $store } with { $file }? The current store is kept in { $backups } first.
data-restore-refused = restore replaces your store: run it in a terminal to confirm, or pass --yes
data-restored-kept = Restored { $file }; the previous store is kept at { $kept }
data-restored = Restored { $file }
data-backups-hint = backups are in { $dir } (awsdrill paths shows where)
data-backup-missing = { $file } does not exist; { $hint }
data-backup-not-a-database = { $file } is not an awsdrill backup: it is not an awsdrill database (another kind of file, or one damaged beyond reading); nothing was changed. { $hint }
data-backup-damaged = { $file } is a damaged awsdrill backup; nothing was changed. Choose an older one: { $hint }
data-what-backup = the backup
data-backup-exists = { $path } already exists; wait a second and retry
data-cannot-create = cannot create { $path }
data-cannot-copy = cannot copy { $path }
data-cannot-remove = cannot remove { $path }
data-cannot-move-backup = cannot move the backup into { $path }
data-cannot-keep-store = cannot keep the current store at { $path }
data-cannot-rename = cannot rename { $from } to { $to }
data-copy-failed-check = the copy { $path } failed its check
data-restore-hint = { $error }
    The newest backup is { $backup } (it passes integrity_check); to go back to it: awsdrill restore { $backup }
data-no-sound-backup = { $error }
    There is no sound backup in { $dir }.

## export and import

data-exported = Exported { $cards } card states, { $answers } answers and { $exams } exam attempts to { $file }
data-exported-custom = and { $n } { $n ->
        [one] custom-study answer
       *[other] custom-study answers
    } (they scheduled nothing)
data-what-export = the export file
data-import-too-large = { $file }: the file has { $bytes } bytes; imports are limited to { $limit }
data-not-an-export = { $at }: not an awsdrill export: { $error }
data-importing = Importing: { $done } of { $total } rows ({ $percent } %)
data-imported = Imported { $cards } card states, { $answers } answers and { $exams } exam attempts (what was already here was kept).
data-imported-custom = Imported { $n } { $n ->
        [one] custom-study answer
       *[other] custom-study answers
    } (they schedule nothing).
data-cannot-write = cannot write { $path }: { $reason }
data-not-a-file-name = cannot write { $path }: not a file name

## Confirming

data-confirm = { $question } Type yes to continue:{ " " }
data-nothing-changed = Nothing was changed.

## optimize

data-optimize-too-few = not enough reviews to optimize: the fsrs optimizer needs at least { $min } answers given a day or more after the card's previous answer; the review log has { $usable } ({ $answers } answers in all)
data-optimizing = Optimizing on { $answers } answers ({ $items } training items, { $usable } a day or more apart)...
data-params-defaults = defaults
data-params-current = current
data-params-new = new
data-log-loss = log loss   { $before } -> { $after } (lower is better)
data-rmse = RMSE       { $before } -> { $after } (lower is better)
data-not-saved = Not saved (--dry-run).
data-saved = Saved the new parameters.
data-saved-forced = Saved the new parameters (--force).
data-kept = Kept the current parameters: the new ones do not fit the log better. Use --force to save them anyway.
data-optimizer-stopped = the optimizer stopped unexpectedly

## paths

data-path-config = config
data-path-data = data
data-path-store = store
data-path-packs = your packs
data-path-backups = backups
data-path-cache = pack cache

## anki and csv: loading and choosing packs

data-not-loaded = { $file } has errors and was not loaded (run awsdrill lint on it)
data-unknown-pack-id = --pack-id { $id }: no loaded pack has this id; the packs are: { $known }
data-bad-pack-id = --pack-id { $id }: a pack id has lowercase letters, digits and hyphens, at most 64 characters, and does not start with a hyphen

## anki export

data-anki-wrote = Wrote { $notes } notes from { $packs } pack(s) to { $file }: { $basic } basic and { $numeric } numeric cards as `awsdrill Basic` notes, { $cloze } cloze cards as `awsdrill Cloze` notes.
data-anki-wrote-both = Wrote { $notes } notes from { $packs } pack(s) to { $file }: { $basic } basic and { $numeric } numeric cards as `awsdrill Basic` notes, { $cloze } cloze cards as `awsdrill Cloze` notes; { $korean } with Korean in the Korean fields.
data-anki-wrote-ko = Wrote { $notes } notes from { $packs } pack(s) to { $file }: { $basic } basic and { $numeric } numeric cards as `awsdrill Basic` notes, { $cloze } cloze cards as `awsdrill Cloze` notes (Korean text where a card has it).
data-anki-left-out = Left out: { $generated } generated drill(s), which draw a new exercise at each review and have no fixed text, and { $questions } exam question(s), which have no Anki note type.
data-anki-in-anki = In Anki: File > Import. Importing a later export updates these notes instead of adding copies.

## anki import

data-what-anki = the Anki package
data-anki-no-source = { $file }: { $n } card(s) come from notes that name no source URL; pass --source URL (the https page the cards come from: every card of a pack names its source)
data-anki-read = Read { $file } ({ $format }): { $notes } notes.
data-anki-made = Made the pack `{ $id }` with { $cards } card(s) ({ $basic } basic, { $cloze } cloze, { $numeric } numeric) from { $notes } note(s): { $path }
data-lints-with-warnings = It lints without errors, with { $warnings } warning(s): awsdrill lint { $path }
data-lints-clean = It lints clean.
data-skipped = Skipped { $n } note(s): { $why }.
data-skipped-types = Skipped { $n } note(s): { $why } (note types: { $types }).
data-cloze-split = { $n } cloze note(s) have several cloze numbers: each number became a card of its own (as Anki shows them), siblings of one group.
data-one-card-of-several = { $n } note(s) have a note type with several card templates (such as Basic and reversed): each gave one card, front to back.
data-formatting-removed = Removed HTML formatting (bold, colours, links, tables) from { $n } note(s): cards are plain text.
data-media-removed = Not imported: { $refs } picture or sound reference(s) in fields and { $files } media file(s) in the package; a terminal cannot show them.
data-fields-dropped = { $n } note(s) have text in fields beyond the front, back, note and source; that text was left out.
data-reviews-not-imported = Not imported: the review history ({ $n } answer(s)). awsdrill schedules the new cards from the start.
data-skip-unreadable-note-types = the collection's note types cannot be read, so no note can be mapped
data-skip-unknown-note-type = their note type is missing from the collection
data-skip-one-field = their note type has a single field, so a card would have no back
data-skip-empty-field = the front or back is empty once pictures, sounds and HTML are removed
data-skip-no-cloze = a cloze note without any {"{{"}c1::...{"}}"} deletion
data-skip-nested-cloze = a cloze inside a cloze, which an awsdrill card cannot hold
data-skip-image-occlusion = image occlusion notes hide parts of a picture, which a terminal cannot show
data-skip-bad-cloze = an unclosed or empty cloze deletion
data-skip-bad-row = the row does not fit its kind
data-source-flag = --source { $source }: { $problem }

## Saving a new pack

data-origin-anki = the Anki package { $name }
data-origin-csv = the CSV file { $name }
data-no-card = no card could be made, so no pack was written
data-pack-file-exists = { $path } exists already; choose another --pack-id, or remove that file first
data-pack-id-taken = --pack-id { $id }: a loaded pack has this id already ({ $origin }); choose another
data-pack-too-large = the pack would have { $bytes } bytes, more than a pack may ({ $limit }); import a smaller deck
data-pack-has-errors = the pack made from { $origin } has { $n } error(s), so it was not written (this is a bug in awsdrill: please report it with the file)

## Anki packages

data-package-not-zip = { $file }: not an Anki package (not a zip archive: { $error })
data-package-no-collection = { $file }: not an Anki package (no collection.anki2, collection.anki21 or collection.anki21b inside)
data-package-too-new = { $file }: written by a newer Anki in a format awsdrill does not read; export it again from Anki with "Support older Anki versions" ticked
data-package-too-large = { $file }: the collection unpacks to more than { $limit } bytes
data-anki-not-sqlite = { $file }: not an Anki collection (not an SQLite database)
data-anki-no-table = { $file }: not an Anki collection (no `{ $table }` table)
data-anki-sqlite = { $file }: { $error }

## csv

data-csv-wrote = Wrote { $rows } card(s) from { $packs } pack(s) as CSV ({ $columns })
data-csv-wrote-left-out = Wrote { $rows } card(s) from { $packs } pack(s) as CSV ({ $columns }); left out { $generated } generated drill(s), which have no fixed text
data-what-csv = the CSV file
data-csv-no-front = the header row has no `front` column (the columns are: id, kind, front, back, note, tags, source, domain, group, front_ko, back_ko, note_ko)
data-csv-empty = is empty; this card needs it
data-csv-unknown-kind = `{ $kind }` is not a kind: give basic, cloze or numeric
data-csv-not-a-number = `{ $text }` is not a numeric answer: write NUMBER UNIT, or NUMBER UNIT ±TOLERANCE (900 seconds ±5)
data-csv-unknown-domain = `{ $domain }` is not a domain: give development, security, deployment or troubleshooting
data-csv-bad-group = `{ $group }` is not a group id: lowercase letters, digits and hyphens, at most 64 characters
data-csv-not-utf8 = cell { $cell } of the row is not UTF-8 text: save the file as UTF-8 (CSV UTF-8 in Excel)
data-csv-unreadable = cannot be read: { $error }
data-csv-problem = { $file }:{ $line }: { $problem }
data-csv-problem-column = { $file }:{ $line }: column `{ $column }` { $problem }
data-csv-problems = { $n } problem(s); no pack was written
data-csv-no-source = { $file }: { $n } row(s) have an empty `source`; fill it in, or pass --source URL (the https page the cards come from: every card of a pack names its source)
data-csv-made = Made the pack `{ $id }` with { $cards } card(s) from { $file }: { $path }

# Errors a user sees when a command cannot run: files and folders, the settings file, the store.

## Files and folders

errors-cannot-create-lock = cannot create the lock file { $path }
errors-cannot-open = cannot open { $path }
errors-in-use = another awsdrill is already using { $dir } (close it first; commands that only read, such as due and stats, can run alongside it)
errors-cannot-lock = cannot lock { $path }
errors-cannot-create-data-dir = cannot create the data directory { $dir } (is it read-only?)
errors-not-regular = { $path }: { $what } is not a regular file (a folder, a device, a pipe or a socket)
errors-io-not-found = no such file or folder
errors-io-permission-denied = permission denied
errors-io-link-loop = too many levels of symbolic links (a link loop)
errors-io-already-exists = a file or folder of that name already exists
errors-io-read-only = the file system is read-only
errors-io-storage-full = the disk is full
errors-io-quota = the disk quota is used up
errors-io-is-a-folder = it is a folder, not a file
errors-io-not-a-folder = a part of the path is a file, not a folder
errors-io-folder-not-empty = the folder is not empty
errors-io-file-too-large = the file is larger than the file system allows
errors-io-busy = the file or device is busy
errors-io-invalid-name = the file name is not valid here
errors-io-other = { $os }
errors-no-home = cannot find a home directory; pass --data-dir DIR

## The store

errors-store-read-only = store: cannot write { $path }: the directory or file is read-only (check its permissions, or pass --data-dir)
errors-store-not-a-file = store: { $path } is { $what }, not a store file; move it away or pass --data-dir
errors-what-fifo = a named pipe (FIFO)
errors-what-socket = a socket
errors-what-device = a device
errors-what-folder = a folder
errors-what-other = not a regular file
errors-store-not-a-database = store: { $path } is not an awsdrill database (it may be damaged or another file); move it away or restore a backup
errors-store-newer-schema = store: { $path } has schema version { $found }, newer than this awsdrill supports ({ $supported }); update awsdrill
errors-store-corrupt = store: { $path } is damaged (SQLite reports a malformed database, a value awsdrill never writes, or a failed read); restore a backup with `awsdrill restore FILE` (`awsdrill paths` shows where backups are)
errors-store-disk-full = store: the disk holding { $path } is full; free some space and retry (nothing was saved)
errors-store-locked = store: { $path } is locked by another program; close other awsdrill windows and retry
errors-store-sqlite = store: { $error }

## Opening: the settings file, a lost store, packs that did not load

errors-what-settings = the settings file
errors-settings-missing = { $file }: the settings file named with --config (or AWSDRILL_CONFIG) does not exist
errors-cannot-read = cannot read { $path }
errors-cannot-write = cannot write { $path }
errors-cannot-replace = cannot replace { $path }
errors-settings-invalid = the settings file has errors; fix them or move the file away:

    { $findings }
errors-lost-store = store: { $store } is missing or empty, but there are backups in { $backups }.
    The newest good backup is { $backup }; to go back to it: awsdrill restore { $backup }
    To start with a new, empty store instead: awsdrill --new-store
errors-states-failed = reading the card states failed
errors-packs-not-loaded = { $n } pack file(s) have errors and were not loaded: { $files } (run awsdrill lint on them)
errors-no-store-yet = there is no store yet at { $store } (nothing studied so far; this command created nothing). Run awsdrill to start: the app creates it.

## An export file that import refuses (the record, then the field)

errors-export-format = `format` is { $found }, not { $want }
errors-export-version = `version` is { $found }; this awsdrill reads version { $want }
errors-export-card = { $at }: item_id must not be empty and state must be 0 to 3
errors-export-review = { $at }: item_id must not be empty, rating 1 to 4, state_before 0 to 3
errors-export-review-days = { $at }: elapsed_days and interval_days must be numbers
errors-export-custom = { $at }: item_id must not be empty, rating 1 to 4, duration_ms 0 or more
errors-export-total = { $at }: total is { $total } but { $answers } answers are listed
errors-export-negative = { $at }: `{ $field }` is { $value }; it must be 0 or more
errors-export-empty = { $at }: `{ $field }` must not be empty
errors-export-time-limit = { $at }: `time_limit_s` is { $value }; it must be above 0, or null for an untimed exam
errors-export-score = { $at }: `score` is { $value }; it must be 0 to `total` ({ $total })
errors-export-position = { $at }: `position` is { $value }; positions must be 0 to { $max } and each used once
errors-export-no-choices = { $at }: `choice_order` must list the choices shown
errors-export-not-shown = { $at }: `{ $field }` has { $choice }, which is not in `choice_order` ({ $order })
errors-export-not-choices = { $at }: `{ $field }` is { $value }; it must be choice numbers separated by commas
errors-export-twice = { $at }: `{ $field }` lists { $choice } twice
errors-export-stability = { $at }: `stability` is { $value }; it must be a number of days above 0
errors-export-difficulty = { $at }: `difficulty` is { $value }; it must be 1 to 10

## The parsers' own messages (JSON, zip, TOML): English as the parser writes it

errors-parser-missing-field = missing field `{ $name }`
errors-parser-unknown-field = unknown field `{ $name }`
errors-parser-duplicate-field = duplicate field `{ $name }`
errors-parser-unknown-value = unknown variant `{ $name }`
errors-parser-invalid-type = invalid type: { $detail }
errors-parser-invalid-value = invalid value: { $detail }
errors-parser-type-mismatch = invalid type: { $found }, expected { $expected }
errors-parser-value-mismatch = invalid value: { $found }, expected { $expected }
errors-parser-found-boolean = boolean { $value }
errors-parser-found-integer = integer { $value }
errors-parser-found-float = floating point { $value }
errors-parser-found-string = string { $value }
errors-parser-type-string = a string
errors-parser-type-boolean = a boolean
errors-parser-type-integer = an integer
errors-parser-type-unsigned = an integer of 0 or more
errors-parser-type-unsigned-max = an integer from 0 to { $max }
errors-parser-type-number = a number
errors-parser-type-array = an array
errors-parser-type-object = an object
errors-parser-type-table = a table
errors-parser-type-null = null
errors-parser-invalid-length = invalid length
errors-parser-expected-value = expected value
errors-parser-eof = EOF while parsing
errors-parser-trailing-comma = trailing comma
errors-parser-trailing-characters = trailing characters
errors-parser-key-not-string = key must be a string
errors-parser-expected-comma-or-brace = expected `,` or `{"}"}`
errors-parser-expected-comma-or-bracket = expected `,` or `]`
errors-parser-expected-colon = expected `:`
errors-parser-invalid-escape = invalid escape
errors-parser-invalid-number = invalid number
errors-parser-number-out-of-range = number out of range
errors-parser-control-character = control character in a string
errors-parser-zip-invalid = invalid Zip archive: { $detail }
errors-parser-zip-unsupported = unsupported Zip archive: { $detail }
errors-parser-toml-no-value = key with no value
errors-parser-duplicate-key = duplicate key `{ $name }`
errors-parser-toml-invalid-string = invalid string
errors-parser-toml-unclosed-string = missing closing quote
errors-parser-toml-unclosed-table = unclosed table
errors-parser-toml-unclosed-array = unclosed array
errors-parser-toml-missing-comma = missing comma
errors-parser-toml-invalid-key = invalid key
errors-parser-toml-unquoted = string values must be quoted
errors-parser-toml-expected-newline = expected newline
errors-parser-toml-unexpected = unexpected content
errors-parser-other = { $text }

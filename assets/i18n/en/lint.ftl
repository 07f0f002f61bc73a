# The content checker: awsdrill lint's findings (one sentence per kind), its summary and --stats.
# The finding codes, file:line:col, field names and TOML keys stay as they are.

## The header of a finding

lint-error = error
lint-warning = warning

## How a message names a table

lint-item-file = the file
lint-item-card = card `{ $id }`
lint-item-a-card = a card
lint-item-question = question `{ $id }`
lint-item-a-question = a question
lint-item-generator = generator `{ $id }`
lint-item-a-generator = a generator
lint-item-choice = choice { $label } of { $of }
lint-item-korean = the Korean text of { $of }
lint-item-config = the config
lint-item-blueprint = the blueprint
lint-item-domain = a [[domain]]

## What a field must be

lint-want-text = a string
lint-want-number = a number
lint-want-whole-number = a whole number
lint-want-boolean = true or false
lint-want-date = a date such as 2026-11-24 (no quotes)
lint-want-text-list = a list of strings
lint-want-table = a table
lint-want-table-list = a list of tables
lint-found = { $found ->
        [integer] an integer
        [array] an array
       *[other] a { $found }
    }

## What is wrong with a source URL (the end of a sentence that names it)

lint-source-control = contains U+{ $code }, a control character; a source is a plain https:// URL
lint-source-space = contains U+{ $code }, a space; a source is a plain https:// URL
lint-source-format = contains U+{ $code }, an invisible formatting character; a source is a plain https:// URL
lint-source-not-https = must be an https:// URL
lint-source-no-host-after-scheme = is not a valid URL: it has no host after https://
lint-source-invalid = is not a valid URL: { $error }
lint-source-credentials = carries a user name or password; a source is a plain https:// URL
lint-source-no-host = is not a valid URL: it has no host

## Ids

lint-id-pack = pack id
lint-id-card = card id
lint-id-group = group
lint-id-question = question id
lint-id-generator = generator id
lint-owner-pack = pack
lint-owner-card = card
lint-owner-group = group
lint-owner-question = question
lint-owner-generator = generator
lint-compared-card = card
lint-compared-question = question

## The findings

lint-file-too-large = the file has { $bytes } bytes; packs are limited to { $limit } bytes
lint-unreadable = cannot read the file: { $reason }
lint-folder = this is a folder, not a pack file
lint-not-regular = this is not a regular file (a device, a pipe or a socket)
lint-not-utf8 = the file is not valid UTF-8 text (is it a binary file?)
lint-nul-byte = the file contains a NUL byte (is it a binary file?)
lint-too-deep = arrays and tables are nested more than { $max } deep here; a pack needs 3 at most
lint-too-many-values = the file holds more than { $max } values (keys, list entries and tables) by here; split it into several packs
lint-toml-syntax = invalid TOML: { $error }
lint-no-pack-table = the file has no [pack] table (id, title, services, schema, checked)
lint-no-services = `services` of [pack] lists no service
lint-schema-version = schema { $found } is not supported; this awsdrill reads schema { $supported }
lint-bad-id = { $name } `{ $id }` must use lowercase letters, digits and hyphens (at most 64 characters)
lint-duplicate-id = duplicate { $owner } id `{ $id }` (first used on line { $line })
lint-generator-id-of-a-card = generator id `{ $id }` is also the id of a card; both would be scheduled under it
lint-id-of-a-card = { $owner } id `{ $id }` is also the id of a card; a missed question becomes a card under its id
lint-source-host = `source` of { $item } is on { $host }, not on docs.aws.amazon.com or aws.amazon.com
lint-bad-source = `source` of { $item } { $problem }
lint-bad-domain = domain `{ $domain }` of { $item } is not one of the four DVA-C02 domains: development, security, deployment, troubleshooting
lint-bad-card-kind = kind `{ $kind }` of { $item } is not basic, cloze or numeric
lint-foreign-field = { $item } is a { $kind } card, which has no `{ $key }` field
lint-no-unit = { $item } is a numeric card without a `unit`
lint-empty-unit = the `unit` of { $item } is empty
lint-korean-unit-form = the `unit` of { $item } (`{ $unit }`) has `{"{"}n{"}"}` more than once: write it once, where the number goes
lint-bad-number = `{ $key }` of { $item } must be a finite number
lint-bad-number-non-negative = `{ $key }` of { $item } must be a finite number, zero or more
lint-cloze-no-deletion = `{ $key }` of { $item } has no {"{{"}...{"}}"} deletion
lint-cloze-unclosed = `{ $key }` of { $item } opens a deletion with {"{{"} that is never closed with {"}}"}
lint-cloze-empty = `{ $key }` of { $item } has an empty deletion
lint-korean-only = { $item } has `{ $key }`, but the English card has no `{ $key }`
lint-bad-generator-kind = generator kind `{ $kind }` is not one of { $all }
lint-bad-task = task `{ $task }` is not a task statement of the { $domain } domain ({ $codes })
lint-bad-difficulty = `difficulty` of { $item } is { $level }; it is 1 (recall), 2 (apply) or 3 (analyse)
lint-unknown-link = { $item } links to card `{ $target }`, which does not exist
lint-choice-count = { $item } has { $count } choices; a question has 4 to 6
lint-no-explanation = { $item } has no `why` explaining why it is right or wrong
lint-duplicate-choice = { $item } has the same text as choice { $first }
lint-no-correct-choice = { $item } has no correct choice
lint-choose-not-stated = { $item } has { $correct } correct choices, but its stem does not say how many to choose (add "(Choose { $words }.)")
lint-choose-mismatch = the stem of { $item } says to choose { $stated }, but { $correct } choices are marked correct
lint-every-choice-correct = { $item } marks every choice correct
lint-near-duplicate = { $what } `{ $id }` reads almost the same as { $what } `{ $other }` on line { $line } ({ NUMBER($percent, maximumFractionDigits: 0) } % similar)
lint-near-duplicate-across = { $what } `{ $id }` ({ $at }) reads almost the same as { $what } `{ $other }` of another pack ({ $other_at }), { NUMBER($percent, maximumFractionDigits: 0) } % similar
lint-invisible-char = invisible character U+{ $code } ({ $name }): it changes how the text is shown or matched without being seen; remove it
lint-invisible-char-more = invisible character U+{ $code } ({ $name }): it changes how the text is shown or matched without being seen; remove it ({ $more } more places in this file are not shown)
lint-invisible-unnamed = invisible character
lint-pack-id-collision = pack id `{ $id }` is declared by both { $first_file } ({ $first_at }) and { $file } ({ $at })
lint-missing-field = { $item } is missing the required field `{ $key }`
lint-wrong-type = `{ $key }` of { $item } must be { $want }, found { $found }
lint-empty-text = `{ $key }` of { $item } is empty
lint-text-too-long = `{ $key }` of { $item } has { $chars } characters; the limit is { $limit }
lint-bad-value = `{ $key }` of { $item }: { $error }
lint-empty-entry = `{ $key }` of { $item } has an empty entry
lint-unknown-field = { $item } has an unknown field `{ $key }`; allowed: { $allowed }
lint-unknown-field-suggest = { $item } has an unknown field `{ $key }` (did you mean `{ $suggestion }`?); allowed: { $allowed }
lint-out-of-range = { $key } is { $value }; it must be between { $lo } and { $hi }
lint-weights-difficulty = the difficulty weights add up to { $sum }, not 100
lint-weights-domains = the domain weights add up to { $sum }, not 100
lint-blueprint-domain = domain `{ $domain }` is not one of the four DVA-C02 domains
lint-bad-step = step `{ $step }` in { $key } is not a duration such as 30s, 10m, 1h or 1d
lint-bad-language = language `{ $name }` is not auto, en or ko
lint-bad-theme = theme `{ $name }` is not dark, light or high-contrast
lint-missing-korean = { $item } has no Korean for { $fields }: add it in `ko = {"{"} ... {"}"}`
lint-glossary-term = the Korean text of { $item } writes `{ $used }` for "{ $english }"; content/glossary.toml uses `{ $preferred }`
lint-task-coverage = task statement { $task } ({ $title }) has { $questions } { $questions ->
        [one] question
       *[other] questions
    } across the checked packs; a bank for full mock exams has at least { $min }

## The summary and --stats

lint-summary = checked { $files } { $files ->
        [one] pack file
       *[other] pack files
    }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
lint-all-checked-packs = (all checked packs)
lint-col-pack = pack
lint-col-cards = cards
lint-col-basic = basic
lint-col-cloze = cloze
lint-col-numeric = num
lint-col-questions = quest
lint-col-development = dev
lint-col-security = sec
lint-col-deployment = dep
lint-col-troubleshooting = trb
lint-col-multi = multi
lint-col-korean-cards = ko crd
lint-col-korean-questions = ko qst
lint-total = total
lint-domain-share = { $domain } { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% (blueprint { $weight }%)
lint-domain-mix = domain mix: { $domains }
lint-positions = correct answers by position: { $positions }
lint-tasks = questions by task statement (at least { $min } each): { $tasks }
lint-level = { $level ->
        [recall] recall
        [apply] apply
        [analyse] analyse
       *[other] { $level }
    }
lint-level-share = { $level } { $n } ({ NUMBER($percent, maximumFractionDigits: 0) } %)
lint-levels = questions by difficulty: { $levels }
lint-guess-title = guessing without knowledge ({ $questions } questions, { $single } single-answer):
lint-guess-key-length = { "  " }the key is the longest choice in { NUMBER($longest, minimumFractionDigits: 1, maximumFractionDigits: 1) } % and the shortest in { NUMBER($shortest, minimumFractionDigits: 1, maximumFractionDigits: 1) } % of single-answer questions (chance about { NUMBER($chance, maximumFractionDigits: 0) } %)
lint-guess-key-length-korean = { "  " }in Korean, the key is the longest choice in { NUMBER($longest, minimumFractionDigits: 1, maximumFractionDigits: 1) } % and the shortest in { NUMBER($shortest, minimumFractionDigits: 1, maximumFractionDigits: 1) } %
lint-guess-random = { "  " }a random guess is right { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % of the time; each heuristic over the bank (right, times chance):
lint-guess-full-exam = { "  " }full mock exams answered by { $heuristic } alone: { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % right on average over { $exams } exams

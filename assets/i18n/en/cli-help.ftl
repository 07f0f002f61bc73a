# The command line's help (`awsdrill --help`, `awsdrill exam start -h`) and its parse errors.
# Keys are made from the command tree (src/cli/help.rs): cli-help-about-<command path> for a
# command, cli-help-arg-<command path>-<argument id> or, shared by all commands,
# cli-help-arg-<argument id> for an argument, cli-help-value-<argument id>-<value> for a value,
# cli-help-after-<command path> for the text after the options.

## Commands and arguments

cli-help-about = A terminal study and exam trainer for the AWS Certified Developer - Associate exam (DVA-C02)
cli-help-about-lint = Check content packs (the bundled ones, or the given files and folders) and report every problem
cli-help-about-due = Show the cards due now and later today, per pack and in total
cli-help-about-stats = Show answers per day, true retention, cards by state, the forecast and the exam history
cli-help-about-exam = Mock exams: start one, preview a draw, list past attempts, show a report
cli-help-about-exam-start = Open the app with a new exam started
cli-help-value-mode-full = The blueprint's questions and time
cli-help-value-mode-quick = 10 questions, untimed
cli-help-value-mode-practice = Answers and explanations after each question, untimed
cli-help-value-mode-weak = Practice drawn from the task statements missed most in past attempts (--count questions)
cli-help-value-domain-development = Domain 1: Development with AWS Services
cli-help-value-domain-security = Domain 2: Security
cli-help-value-domain-deployment = Domain 3: Deployment
cli-help-value-domain-troubleshooting = Domain 4: Troubleshooting and Optimization
cli-help-about-exam-draw = Print the questions an exam would draw (with --seed, the same every time), without starting it
cli-help-about-exam-history = List every attempt (in progress, submitted, discarded) with its score, oldest first
cli-help-about-exam-report = Show one attempt's results: score, estimate, domains, tasks and every question
cli-help-about-exam-discard = Discard an unfinished exam: kept as discarded, never scored, counted or resumed
cli-help-about-study = Custom study: drill a chosen set of cards now without changing their schedule (or --list them)
cli-help-about-optimize = Fit the FSRS scheduler's parameters to your review log
cli-help-about-backup = Back up the store now (one backup is also made on the first start of each day)
cli-help-about-restore = Replace the store with a backup, after confirmation; the current store is kept aside first
cli-help-about-export = Write your progress (card states, review log, exam attempts) as JSON
cli-help-about-import = Add progress from an export file; importing the same file twice changes nothing
cli-help-about-paths = Print where the config, the store, your own packs and the backups live
cli-help-about-calc = Calculators that show their working (DynamoDB capacity and request units, EC2 instance types)
cli-help-about-calc-dynamodb = DynamoDB read/write capacity units (or request units) per operation and per second, with the working; with --rcu/--wcu, the most requests per second instead
cli-help-after-calc-dynamodb = Examples:
      awsdrill calc dynamodb --item-size 6.5KB --reads 80 --consistency eventual
      awsdrill calc dynamodb --operation batch-get-item --items 1.5KB,6.5KB --reads 10
      awsdrill calc dynamodb --operation query --items 1500x64B --reads 5 --consistency strong
      awsdrill calc dynamodb --item-size 2KB --writes 100 --gsi 512B --regions 3
      awsdrill calc dynamodb --item-size 6.5KB --rcu 80 --wcu 10
    
    Sizes: B, KB (DynamoDB's KB is 1,024 bytes), KiB, MB, MiB; an item is at most 400KB.
    Exit status: 0 done, 1 invalid input (the message names the flag), 2 could not run.
cli-help-about-calc-ec2 = Decode EC2 instance type names, or build names from a requirement (the same as `awsdrill decode`)
cli-help-about-decode = Decode EC2 instance type names, or build names from a requirement
cli-help-after-decode = Examples:
      awsdrill decode c7i-flex.large r7iz.metal-16xl u7in-32tb.224xlarge
      awsdrill decode m7gd.2xlarg            (a typo: close real names are suggested)
      awsdrill decode --build "memory optimized, graviton, nvme, 2xlarge"
      awsdrill decode --build "gpu, at least 64 GiB"
    
    A letter that no naming rule explains is reported as unknown, never guessed.
    Exit status: 0 done (also for names that do not exist), 1 invalid input, 2 could not run.
cli-help-about-iam = The IAM policy lab: evaluate a request against policies and explain the decision, validate policies
cli-help-about-iam-eval = Evaluate a request against policies: Allow, explicit Deny or implicit Deny, the deciding statements and the path through AWS's evaluation flow
cli-help-after-iam-eval = Examples:
      awsdrill iam eval --identity example:carlos-identity --resource-policy example:carlos-bucket-policy \
          --principal arn:aws:iam::123456789012:user/carlossalazar --action s3:PutObject \
          --resource arn:aws:s3:::carlossalazar-logs/today.log
      awsdrill iam eval --identity role.json --boundary boundary.json --scp full.json --scp regions.json \
          --principal arn:aws:sts::111122223333:assumed-role/Dev/alice --action ec2:RunInstances \
          --resource '*' --context aws:RequestedRegion=us-east-1 --context aws:MultiFactorAuthPresent=true
    
    A FILE is a path or example:NAME (see `awsdrill iam example`). A context key not given is absent;
    aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType and (for an IAM user) aws:username are
    derived from --principal unless given. A value with commas is multivalued: aws:TagKeys=a,b.
    All --scp files are attached at one level: their allows are united.
    Exit status: 0 allowed, 1 denied (explicitly or implicitly), 2 invalid input.
cli-help-about-iam-check = Validate policy files: every problem with file:line:col and a caret
cli-help-about-iam-example = List the bundled example policies, or print one (use them as `example:NAME` for a FILE)
cli-help-about-anki = Anki packages: export the cards as notes, or import Basic and Cloze notes as a pack
cli-help-about-anki-export = Write the cards as an Anki package (.apkg): basic and numeric cards as Basic notes, cloze cards as Cloze notes; exporting again updates the notes in Anki
cli-help-value-text-en = English
cli-help-value-text-ko = Korean where the card has it, else English
cli-help-value-text-both = English, and Korean in the Korean fields
cli-help-about-anki-import = Make a user pack from the Basic and Cloze notes of an Anki package (.apkg)
cli-help-about-csv = CSV for spreadsheets: export the cards, or import rows as a pack
cli-help-about-csv-export = Write the cards as CSV, one row per card: id, kind, front, back, note, tags, source, domain, group and the Korean text
cli-help-about-csv-import = Make a user pack from a CSV file with a header row (only `front` is required)
cli-help-about-completions = Print shell completions for bash, zsh, fish, elvish or powershell
cli-help-arg-action = The action, as service:Action (s3:GetObject)
cli-help-arg-boundary = The principal's permissions boundary
cli-help-arg-build = Build names from a requirement instead, with commas: a category (general, compute, memory, storage, accelerated, hpc), a processor (amd, graviton, intel), capabilities (nvme, network, ebs, extra, high frequency, qualcomm, flex), a size, and hardware (gpu, inferentia, trainium, fpga, arm, x86, at least 16 GiB, at least 8 vCPUs)
cli-help-arg-config = Read settings from this file instead of the default config.toml [env: AWSDRILL_CONFIG]
cli-help-arg-consistency = How reads are made: eventual, strong or transactional [default: eventual]
cli-help-arg-context = A context key and its value: aws:SourceIp=203.0.113.7, aws:TagKeys=a,b (repeatable)
cli-help-arg-count = Practice and weak: how many questions
cli-help-arg-data_dir = Use this data directory (store, backups, your packs) instead of the default [env: AWSDRILL_DATA_DIR]
cli-help-arg-domain = Practice: only this domain
cli-help-arg-study-domain = The cards of this exam domain: development, security, deployment, troubleshooting (or 1-4)
cli-help-arg-dry_run = Compute and compare, but never save
cli-help-arg-exam = The exam blueprint (a file in content/exams/): its id
cli-help-arg-restore-file = The backup file (see `awsdrill paths` for the backups folder)
cli-help-arg-export-file = The file to write; standard output when omitted or `-`
cli-help-arg-import-file = The export file
cli-help-arg-anki-export-file = The package to write (.apkg)
cli-help-arg-anki-import-file = The Anki package (.apkg or .colpkg)
cli-help-arg-csv-export-file = The file to write; standard output when `-`
cli-help-arg-csv-import-file = The CSV file
cli-help-arg-files = Policy files (or example:NAME)
cli-help-arg-force = Save the new parameters even if they do not fit the log better
cli-help-arg-gsi = A global secondary index the item is projected into, with the projected size; repeat the flag (or separate sizes with commas) for several GSIs
cli-help-arg-gsi_key_change = The writes change the GSI key attributes: each index then takes two writes per item (delete the old entry, put the new one)
cli-help-arg-exam-report-id = The attempt's number (see `awsdrill exam history`)
cli-help-arg-exam-discard-id = The attempt's number (default: the unfinished exam)
cli-help-arg-identity = Identity-based policies of the principal (one or more)
cli-help-arg-item_size = The size of the item: 6.5KB, 4097B, 2KiB (at most 400KB)
cli-help-arg-items = The items of a batch, Query, Scan or transaction, separated by commas; COUNTxSIZE repeats a size: 1.5KB,6.5KB or 1500x64B
cli-help-arg-lint-json = Print findings and per-pack counts as JSON
cli-help-arg-json = Print JSON instead of text
cli-help-arg-study-json = With --list: print JSON
cli-help-arg-calc-dynamodb-json = Print JSON (fields documented in the README)
cli-help-arg-decode-json = Print JSON (fields documented in the README)
cli-help-arg-iam-eval-json = Print JSON (fields documented in the README)
cli-help-arg-iam-check-json = Print the findings as JSON
cli-help-arg-anki-import-json = Print the report as JSON
cli-help-arg-lang = Show cards and questions in this language: auto (from LC_ALL, LC_MESSAGES or LANG), en or ko; instead of the settings' `language`
cli-help-arg-leeches = Your leeches, suspended ones too
cli-help-arg-list = Print the cards instead of opening the app
cli-help-arg-missed = The cards of the questions answered wrongly in the last mock exam
cli-help-arg-mode = full (65 questions, 130 minutes), quick (10, untimed) or practice (answers after each)
cli-help-arg-name = The example to print
cli-help-arg-names = Instance type names, such as m7gd.2xlarge or c7i-flex.large
cli-help-arg-new_store = Start with a new, empty store although the store file is missing or empty and backups exist (without it awsdrill refuses and names the backup to restore)
cli-help-arg-on_demand = On-demand capacity mode: request units (RRU, WRU) instead of provisioned capacity units (RCU, WCU)
cli-help-arg-operation = get-item, put-item, update-item, delete-item, batch-get-item, batch-write-item, query, scan, transact-get-items or transact-write-items [default: get-item for --reads, put-item for --writes]
cli-help-arg-pack = The cards of this pack (its id, such as lambda; --pack loads a pack file)
cli-help-arg-anki-import-pack_id = The id of the new pack (lowercase letters, digits, hyphens); from the file name without it
cli-help-arg-csv-import-pack_id = The id of the new pack (lowercase letters, digits, hyphens)
cli-help-arg-pack_ids = Export only this pack (repeatable); all loaded packs without it
cli-help-arg-packs = Also load this pack file or folder of packs (repeatable)
cli-help-arg-paths = Pack files or folders to check; without any, the bundled packs are checked
cli-help-arg-policy_type = The policies' type, which decides whether Principal is required or refused
cli-help-arg-previous_size = For a PutItem that replaces an item, or an UpdateItem: the item's size before the write (the larger of before and after counts)
cli-help-arg-principal = Who asks: an IAM user, role, assumed-role session, federated user or root ARN
cli-help-arg-rcp = Resource control policies of the resource's account (RCPFullAWSAccess is always attached)
cli-help-arg-rcu = Reverse mode: the provisioned RCU; prints the most reads per second
cli-help-arg-reads = Read requests per second
cli-help-arg-regions = Global table: the number of Regions with a replica [default: 1]
cli-help-arg-resource = The resource ARN, or * for actions without a resource
cli-help-arg-resource_account = The account owning a resource whose ARN has none (S3), when it is not the principal's
cli-help-arg-resource_policy = The resource-based policy of the resource (bucket policy, key policy ...)
cli-help-arg-scp = Service control policies of the principal's account, all at one level
cli-help-arg-search = The cards a Browse search finds (words and pack: kind: state: domain: service: tag:)
cli-help-arg-seed = Seed of the random draw: the same seed draws the same questions in the same order
cli-help-arg-service = Practice: only questions on this service, for example Lambda
cli-help-arg-services = An AWS service the pack covers (repeatable); `AWS` without it
cli-help-arg-session = The session policy passed when the role or federated user session was created
cli-help-arg-shell = The shell
cli-help-arg-anki-import-source = The https page the cards come from, for notes that name none (every card of a pack names its source)
cli-help-arg-csv-import-source = The https page the cards come from, for rows with an empty `source`
cli-help-arg-stats = Also print per-pack statistics: cards by kind, questions by domain, answer positions, Korean coverage
cli-help-arg-tag = The cards with this tag
cli-help-arg-task = Practice: only this task statement of the exam guide, for example 1.2
cli-help-arg-study-task = The cards linked to the exam questions of this task statement, such as 1.2
cli-help-arg-text = The text of the notes: en, ko (Korean where a card has it), or both (Korean in fields of its own); without it, the language `--lang` gives, else English
cli-help-arg-anki-import-title = The pack's title; `Anki: FILE NAME` without it
cli-help-arg-csv-import-title = The pack's title; `CSV: FILE NAME` without it
cli-help-arg-wcu = Reverse mode: the provisioned WCU; prints the most writes per second
cli-help-arg-writes = Write requests per second
cli-help-arg-yes = Do not ask for confirmation
cli-help-calc-json = Print JSON

## clap's own words (used in Korean; English keeps clap's)

cli-help-usage = Usage:
cli-help-commands = Commands:
cli-help-arguments = Arguments:
cli-help-options = Options:
cli-help-options-tag = [OPTIONS]
cli-help-command-name = COMMAND
cli-help-flag-help = Print help
cli-help-flag-help-short = Print help (see more with '--help')
cli-help-flag-help-long = Print help (see a summary with '-h')
cli-help-flag-version = Print version
cli-help-help-about = Print this message or the help of the given subcommand(s)
cli-help-help-arg = Print help for the subcommand(s)
cli-help-default = default: { $value }
cli-help-possible-values = possible values: { $values }
cli-help-possible-values-list = Possible values:
cli-help-subcommands-list = subcommands: { $values }

## Parse errors

cli-help-error = error:
cli-help-error-unknown-argument = unexpected argument { $arg } found
cli-help-error-unknown-subcommand = unrecognized subcommand { $name }
cli-help-error-missing-required = the following required arguments were not provided:
cli-help-error-missing-subcommand = { $name } requires a subcommand but one was not provided
cli-help-error-missing-value = a value is required for { $arg } but none was supplied
cli-help-error-invalid-value = invalid value { $value } for { $arg }
cli-help-error-too-many-values = unexpected value { $value } for { $arg } found; no more were expected
cli-help-error-number-of-values = { $want } values required by { $arg }; { $got } given
cli-help-error-argument-twice = the argument { $arg } cannot be used multiple times
cli-help-error-conflict = the argument { $arg } cannot be used with { $others }
cli-help-error-other-arguments = one or more of the other specified arguments
cli-help-error-no-equals = equal sign is needed when assigning values to { $arg }
cli-help-error-other = the command line could not be read ({ $detail })
cli-help-tip = tip:
cli-help-tip-subcommand = a similar subcommand exists: { $names }
cli-help-tip-argument = a similar argument exists: { $names }
cli-help-tip-value = a similar value exists: { $names }
cli-help-tip-as-value = to pass { $arg } as a value, use { $example }
cli-help-tip-remove-dashes = subcommand { $name } exists; to use it, remove the '--' before it
cli-help-try-help = For more information, try { $help }.
cli-help-number-empty = cannot parse integer from empty string
cli-help-number-invalid = invalid digit found in string
cli-help-number-too-large = number too large to fit in target type

## Our own value parsers

cli-help-bad-lang = `{ $value }` is not a language awsdrill has: give auto, en or ko
cli-help-one-of = one of { $values }
cli-help-not-in-range = { $value } is not in { $min }..={ $max }

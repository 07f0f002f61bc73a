# The Lambda calculator: its result lines, the steps of its working, notes and form fields.
# Numbers arrive formatted (`1,000`, `0.5`, `$9.60`); `$n` is the plain count for plural forms.

## Words used inside other messages

calc-lambda-limit-account = account limit
calc-lambda-limit-reserved = reserved concurrency
calc-lambda-shards = { $n ->
        [one] { $count } shard
       *[other] { $count } shards
    }
calc-lambda-minutes = { $n ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
calc-lambda-environments = { $n ->
        [one] { $count } execution environment
       *[other] { $count } execution environments
    }
calc-lambda-more-steps = { $n ->
        [one] { $count } more step
       *[other] { $count } more steps
    }

## Result lines

calc-lambda-fix-account = ; raise the account limit to { $account }
calc-lambda-fix-reserved = ; raise the reserved concurrency
calc-lambda-concurrency-ok = concurrency: { $needed } of { $limit } ({ $kind }): not throttled
calc-lambda-concurrency-over = concurrency: { $needed } needed, { $limit } available ({ $kind }): throttled{ $fix }
calc-lambda-concurrency-rate = concurrency: { $needed } of { $limit } ({ $kind }), but the request rate is over 10 per unit of concurrency: throttled{ $fix }
calc-lambda-stream-keeps-up = stream source: { $shards } x factor { $factor } = { $max } concurrent batches at most: keeps up
calc-lambda-stream-falls-behind = stream source: { $shards } x factor { $factor } = { $max } concurrent batches at most: falls behind
calc-lambda-sqs-scaling-at-once = SQS scaling to { $target }: at once (5 batches at first)
calc-lambda-sqs-scaling = SQS scaling to { $target }: about { $minutes } (5 batches at first, up to 300 more a minute)
calc-lambda-scaling-at-once = scaling from zero to { $target }: at once (1,000 new environments every 10 s)
calc-lambda-scaling = scaling from zero to { $target }: at least { $seconds } s (1,000 new environments every 10 s)
calc-lambda-cost = cost: { $total } a month ({ $arch }, { $memory } MB); { $free_tier } after the free tier

## Steps of the working

calc-lambda-duration = average duration { $text }: { $ms } ms = { $seconds } s
calc-lambda-monthly-average = { $monthly } requests a month / { $seconds } s (730 hours) = { $rps } requests/s on average
calc-lambda-rounded-up = , rounded up to { $environments }
calc-lambda-concurrency = concurrency = requests/s x duration = { $rps } x { $seconds } s = { $concurrency }{ $rounded }
calc-lambda-account-limit-default = account concurrency limit: { $account } per Region (the default), shared by the functions without reserved concurrency
calc-lambda-account-limit = account concurrency limit: { $account } per Region, shared by the functions without reserved concurrency
calc-lambda-reserved = reserved concurrency { $reserved }: this function's maximum, kept for it alone out of the account's { $account }
calc-lambda-verdict-ok = { $needed } needed <= { $limit } ({ $kind }): no throttling for concurrency
calc-lambda-verdict-over = { $needed } needed > { $limit } ({ $kind }): requests beyond { $limit } in flight are throttled (429 TooManyRequestsException)
calc-lambda-rate-limit-over = requests/s are limited to 10 x concurrency: 10 x { $limit } = { $max }/s; { $rps }/s is over it: throttled
calc-lambda-rate-limit-within = requests/s are limited to 10 x concurrency: 10 x { $limit } = { $max }/s; { $rps }/s is within it
calc-lambda-account-needed = account limit that serves this load: the larger of the concurrency ({ $concurrency }) and requests/s / 10 ({ $for_rate }) = { $needed }
calc-lambda-provisioned = provisioned concurrency { $provisioned }: pre-initialized environments, no cold starts up to { $provisioned } concurrent (and { $max } requests/s){ $tail }
calc-lambda-provisioned-all-warm = ; all { $needed } are warm
calc-lambda-provisioned-rest-reserved = ; the other { $rest } run on the rest of the reserved concurrency, with cold starts
calc-lambda-provisioned-rest-on-demand = ; the other { $rest } spill over to on-demand concurrency, with cold starts
calc-lambda-scaling-steps-none = scaling: up to 1,000 new execution environments at once per function: { $target } without waiting
calc-lambda-scaling-steps = scaling to { $target }: 1,000 new environments at once, then 1,000 more every 10 s per function: { $steps } x 10 s = { $seconds } s
calc-lambda-sqs-cap = {" "}(an SQS event source processes at most 1,000 batches at once)
calc-lambda-sqs-steps-none = SQS: Lambda starts with 5 concurrent batches: enough for { $target }{ $cap }
calc-lambda-sqs-steps = SQS: Lambda starts with 5 concurrent batches and adds up to 300 a minute: ({ $target } - 5) / 300 -> { $minutes }{ $cap }
calc-lambda-stream-concurrency = { $source }: one batch per shard at a time x parallelization factor: { $shards } x { $factor } = { $max } concurrent invocations at most
calc-lambda-stream-verdict-ok = { $needed } needed <= { $max }: the function keeps up with the stream
calc-lambda-stream-verdict-over = { $needed } needed > { $max }: records wait and the iterator age grows; { $fix }
calc-lambda-stream-fix-factor = a parallelization factor of { $factor } keeps up
calc-lambda-stream-fix-shards = even a factor of 10 does not: use at least { $shards }
calc-lambda-memory = memory { $text } = { $mb } MB = { $gb } GB (a GB is 1,024 MB)
calc-lambda-monthly-requests = requests a month: { $rps }/s x { $seconds } s (730 hours) = { $monthly }
calc-lambda-gb-seconds = GB-seconds = requests x duration x memory = { $monthly } x { $seconds } s x { $gb } GB = { $gb_s } GB-s
calc-lambda-compute-cost = duration charge ({ $arch }): { $gb_s } GB-s x { $price } = { $cost }
calc-lambda-request-cost = request charge: { $requests } x $0.20 per million = { $cost }
calc-lambda-total-cost = total: { $compute } + { $requests } = { $total } a month
calc-lambda-free-tier = after the free tier ({ $free_gb_s } GB-s and { $free_requests } requests a month): { $gb_s } GB-s = { $compute } + { $requests } requests = { $request_cost }; total { $total }

## Notes

calc-lambda-note-average-of-month = the rate is the month's average; a peak above it needs more concurrency
calc-lambda-note-other-arch = on { $arch }: { $total } a month ({ $free_tier } after the free tier)
calc-lambda-note-price-region = prices of US East (N. Virginia), first pricing tier; ephemeral storage over 512 MB is billed apart
calc-lambda-note-provisioned-billing = provisioned concurrency is billed for the time it is configured, apart from the charges here, and the free tier does not apply to it
calc-lambda-note-reserved-takes = reserved concurrency is taken from the account: the other functions share the remaining { $left }
calc-lambda-note-sources = sources (read { $read }): { $urls }

## Form fields: the label (at most 12 columns) and what to type

calc-lambda-field-requests-per-second = Requests/s
calc-lambda-hint-requests-per-second = average requests per second
calc-lambda-field-duration = Duration
calc-lambda-hint-duration = average duration: 500ms or 0.5s
calc-lambda-field-account-limit = Account lim.
calc-lambda-hint-account-limit = account concurrency (1,000)
calc-lambda-field-reserved = Reserved
calc-lambda-hint-reserved = reserved concurrency of the function
calc-lambda-field-provisioned = Provisioned
calc-lambda-hint-provisioned = provisioned concurrency
calc-lambda-field-source = Source
calc-lambda-hint-source = sync, sqs, kinesis, dynamodb-streams
calc-lambda-field-shards = Shards
calc-lambda-hint-shards = shards of a kinesis/dynamodb stream
calc-lambda-field-parallelization = Parallel.
calc-lambda-hint-parallelization = batches per shard, 1 to 10 (1)
calc-lambda-field-memory = Memory
calc-lambda-hint-memory = for the cost: 1536MB or 1.5GB
calc-lambda-field-architecture = Arch
calc-lambda-hint-architecture = x86 (default) or arm
calc-lambda-field-requests-per-month = Requests/mo
calc-lambda-hint-requests-per-month = requests a month (for the cost)

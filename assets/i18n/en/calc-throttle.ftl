# The throttling calculator (API Gateway's token buckets, SQS FIFO throughput): its result lines,
# the steps of its working, notes and form fields. Numbers arrive formatted (`10,000`, `2.5`).

## Words used inside other messages

calc-throttle-level-usage-plan = usage plan (per client)
calc-throttle-level-method = method
calc-throttle-level-stage = stage default
calc-throttle-level-account = account
calc-throttle-limit = { $rate } requests/s, burst { $burst }
calc-throttle-arrival-at = at { $ms } ms: { $count } requests
calc-throttle-arrival-spread = { $from } to { $to } ms: { $count } requests spread evenly ({ $per_ms } a ms)

## Result lines

calc-throttle-headline-pattern = API Gateway: { $served } of { $total } requests served, { $throttled } throttled (429), most by the { $level } limit ({ $limit })
calc-throttle-headline-pattern-all = API Gateway: all { $total } requests served
calc-throttle-headline-steady-ok = API Gateway: { $rate } requests/s within the lowest limit ({ $level }, { $limit_rate } requests/s): not throttled
calc-throttle-headline-steady-over = API Gateway: { $rate } requests/s over the { $level } limit of { $limit_rate }/s: after { $burst } s of burst, { $throttled } requests/s throttled (429)
calc-throttle-headline-sqs-ok = SQS FIFO: { $rate } messages/s need { $calls } API calls/s per action, of { $tps } (up to { $max } messages/s): not throttled
calc-throttle-headline-sqs-over = SQS FIFO: { $rate } messages/s need { $calls } API calls/s per action, of { $tps } (up to { $max } messages/s): throttled

## Steps of the working

calc-throttle-default = {" "}(the default)
calc-throttle-replaces = ; replaces the stage default ({ $limit }) for this method
calc-throttle-applies = applies { NUMBER($order, type: "ordinal") ->
        [one] { $order }st
        [two] { $order }nd
        [few] { $order }rd
       *[other] { $order }th
    }: { $level }: { $limit }{ $default }{ $replaced }
calc-throttle-token-bucket = each limit is a token bucket: it holds up to its burst in tokens and refills at its rate; a request takes a token from every bucket, or gets 429 Too Many Requests
calc-throttle-served = { $served } served
calc-throttle-served-throttled-by = { $served } served, { $throttled } throttled ({ $level })
calc-throttle-served-throttled = { $served } served, { $throttled } throttled
calc-throttle-entry = { $arrival }, { $available } tokens: { $outcome }
calc-throttle-entry-spread = { $arrival }, { $available } tokens at the start: { $outcome }
calc-throttle-total-all = in all: { $total } requests, all served
calc-throttle-total = in all: { $total } requests, { $served } served, { $throttled } throttled (429)
calc-throttle-steady-within = { $level } ({ $limit }): { $rate } requests/s is within it
calc-throttle-steady-over = { $level } ({ $limit }): { $rate } requests/s is { $over }/s over it: the burst empties in { $burst } / { $over } = { $seconds } s
calc-throttle-sqs-quota-high = high throughput FIFO queue in { $region }: { $tps } API calls a second per action (SendMessage, ReceiveMessage, DeleteMessage)
calc-throttle-sqs-quota = FIFO queue: { $tps } API calls a second per action (SendMessage, ReceiveMessage, DeleteMessage)
calc-throttle-sqs-one-a-call = one message a call: { $max } messages a second per action
calc-throttle-sqs-batch = batches of { $batch } messages: { $tps } x { $batch } = { $max } messages a second per action
calc-throttle-sqs-calls = { $rate } messages/s / { $batch } a call = { $calls } API calls/s
calc-throttle-sqs-verdict-ok = { $calls } calls/s <= { $tps }: not throttled
calc-throttle-sqs-verdict-over = { $calls } calls/s > { $tps }: the excess gets ThrottlingException; { $fix }
calc-throttle-sqs-fix-batch = batches of { $batch } would fit
calc-throttle-sqs-fix-high-throughput = even batches of 10 do not fit: enable high throughput mode
calc-throttle-sqs-fix-quota = even batches of 10 do not fit: ask for a quota increase

## Notes

calc-throttle-note-account-default-small = in { $region } the account default is 2,500 requests/s, burst 1,250
calc-throttle-note-account-default = the account default in { $region } is 10,000 requests/s, burst 5,000 (2,500 and 1,250 in some newer Regions, such as af-south-1)
calc-throttle-note-best-effort = API Gateway applies throttling on a best-effort basis: the limits are targets, not guaranteed ceilings
calc-throttle-note-regional = after the account limit comes AWS Regional throttling, which you cannot set
calc-throttle-note-message-groups = high throughput spreads a queue over partitions by message group ID: send with many group IDs to reach it
calc-throttle-note-receive-batch = ReceiveMessage takes up to 10 messages a call (MaxNumberOfMessages); DeleteMessageBatch deletes up to 10
calc-throttle-note-sources = sources (read { $read }): { $urls }

## Form fields: the label (at most 12 columns) and what to type

calc-throttle-field-service = Service
calc-throttle-hint-service = apigateway (default) or sqs-fifo
calc-throttle-field-rate = Rate/s
calc-throttle-hint-rate = steady requests/s (SQS: messages/s)
calc-throttle-field-pattern = Pattern
calc-throttle-hint-pattern = 5000@0ms, 5000@1-999ms
calc-throttle-field-account = Account
calc-throttle-hint-account = RATE/BURST (10000/5000)
calc-throttle-field-stage = Stage
calc-throttle-hint-stage = stage default RATE/BURST
calc-throttle-field-method = Method
calc-throttle-hint-method = the method's own RATE/BURST
calc-throttle-field-usage-plan = Usage plan
calc-throttle-hint-usage-plan = per-client RATE/BURST
calc-throttle-field-batch = Batch
calc-throttle-hint-batch = SQS: messages a call, 1 to 10 (1)
calc-throttle-field-high-throughput = High thrpt.
calc-throttle-hint-high-throughput = SQS: high throughput mode: yes/no
calc-throttle-field-region = Region
calc-throttle-hint-region = us-east-1 (default)

# The calculators: their titles, the fields of DynamoDB, EC2 and S3, the input errors, the
# Calculators screen and the text of `awsdrill calc` / `awsdrill decode`.

## Titles (the screen's tabs, `awsdrill calc --help`)

calc-title-dynamodb = DynamoDB capacity
calc-title-ec2 = EC2 instance types
calc-title-lambda = Lambda
calc-title-kinesis = Kinesis
calc-title-throttle = Throttling
calc-title-s3 = S3 rates
calc-title-other = Calculator
calc-field-other = Value

## Fields: the label beside each (at most 13 columns) and the hint shown while it is empty

calc-field-dynamodb-operation = Operation
calc-hint-dynamodb-operation = get-item, query, batch-get-item...
calc-field-dynamodb-items = Item size(s)
calc-hint-dynamodb-items = 6.5KB, or 1.5KB,6.5KB, or 1500x64B
calc-field-dynamodb-reads = Reads/s
calc-hint-dynamodb-reads = read requests per second
calc-field-dynamodb-writes = Writes/s
calc-hint-dynamodb-writes = write requests per second
calc-field-dynamodb-consistency = Consistency
calc-hint-dynamodb-consistency = eventual, strong, transactional
calc-field-dynamodb-gsi = GSI sizes
calc-hint-dynamodb-gsi = projected size per GSI: 1KB,200B
calc-field-dynamodb-regions = Regions
calc-hint-dynamodb-regions = global table replicas (1)
calc-field-dynamodb-mode = Mode
calc-hint-dynamodb-mode = provisioned or on-demand
calc-field-dynamodb-rcu = RCU (rev.)
calc-hint-dynamodb-rcu = reverse: provisioned RCU
calc-field-dynamodb-wcu = WCU (rev.)
calc-hint-dynamodb-wcu = reverse: provisioned WCU
calc-field-ec2-name = Decode
calc-hint-ec2-name = an instance type: c7i-flex.large
calc-field-ec2-build = Build
calc-hint-ec2-build = memory, graviton, nvme or gpu, at least 16 GiB
calc-field-s3-reads = Reads/s
calc-hint-s3-reads = GET/HEAD requests per second
calc-field-s3-writes = Writes/s
calc-hint-s3-writes = PUT/COPY/POST/DELETE per second
calc-field-s3-prefixes = Prefixes
calc-hint-s3-prefixes = prefixes the load is spread over

## The Calculators screen

calc-result = Result and working
calc-hint-next-field = next field
calc-hint-calculator = calculator
calc-hint-scroll = scroll
calc-hint-clear-field = clear field
calc-note = note: { $note }
calc-fix-fields = Fix the fields marked in red:
calc-save-failed = could not save the calculator inputs
calc-the-field = the { $label } field

## `awsdrill calc` and `awsdrill decode`

calc-working = working:
calc-notes = notes:
calc-rules = rules: { $source }
calc-no-calculator = there is no calculator `{ $id }`
calc-json-failed = could not write JSON: { $error }
calc-write-failed = could not write the output: { $error }

## Input errors: what is wrong and how to write it instead

calc-error-missing = missing; give { $wanted }
calc-error-negative = `{ $text }` is negative; give { $wanted }
calc-error-not-whole = `{ $text }` is not a whole number; give { $wanted }
calc-error-number-too-large = `{ $text }` is too large to compute with
calc-error-too-small = { $n } is too small; give { $wanted } (at least { $min })
calc-error-how-size = write a size such as 6.5KB, 4097B or 2KiB
calc-error-how-build = describe the instance with commas, such as: memory optimized, graviton, nvme, 2xlarge
calc-error-size-missing = missing; { $how }
calc-error-size-negative = `{ $text }` is negative; an item is at least 1 byte
calc-error-no-number = `{ $text }` does not start with a number; { $how }
calc-error-too-many-digits = `{ $text }` has too many digits
calc-error-no-unit = `{ $text }` has no unit; write B, KB or KiB (for example 6.5KB)
calc-error-unknown-unit = unknown unit `{ $unit }` in `{ $text }`; use B, KB (1,024 bytes), KiB, MB or MiB
calc-error-zero-size = `{ $text }` is zero; an item is at least 1 byte
calc-error-fractional-bytes = `{ $text }`: a count of bytes is a whole number
calc-error-over-item-limit = { $text } ({ $bytes } bytes) is over DynamoDB's 400 KB item limit (409,600 bytes)
calc-error-over-item-limit-huge = { $text } (too many bytes) is over DynamoDB's 400 KB item limit (409,600 bytes)
calc-error-list-missing = missing; give sizes separated by commas, such as 1.5KB,6.5KB or 1500x64B
calc-error-empty-entry = entry { $entry } is empty; separate sizes with single commas
calc-error-zero-count = entry { $entry } (`{ $text }`) repeats an item 0 times
calc-error-count-too-large = entry { $entry } (`{ $text }`) has a count that is too large
calc-error-in-entry = entry { $entry }: { $message }
calc-error-unknown-mode = unknown mode `{ $text }`; use provisioned or on-demand
calc-error-unknown-consistency = unknown consistency `{ $text }`; use eventual, strong or transactional
calc-error-unknown-operation = unknown operation `{ $text }`; use one of { $ops }
calc-error-size-and-list = give either { $size } (one item) or { $list } (a list), not both
calc-error-rates-and-capacity = give rates ({ $reads } or { $writes }) to get units, or capacity ({ $rcu } or { $wcu }) to get rates, not both
calc-error-reverse-on-demand = reverse mode is for provisioned capacity; on-demand tables have no RCU/WCU to provision
calc-error-only-reads = { $op } only reads; give { $reads } (or { $rcu })
calc-error-only-writes = { $op } only writes; give { $writes } (or { $wcu })
calc-error-always-transactional = TransactGetItems reads are always transactional, not { $asked }
calc-error-not-transactional = { $op } cannot be transactional; only TransactGetItems reads are
calc-error-batch-write-not-transactional = BatchWriteItem cannot be transactional; use transact-write-items
calc-error-too-many-gsis = { $n } indexes given; a table has at most 20 GSIs by default
calc-error-one-item = { $op } touches one item, but { $count } were given; give one size, or set { $operation } to { $reads ->
        [yes] batch-get-item or query
       *[no] batch-write-item
    }
calc-error-too-many-items = { $op } takes at most { $max } items per request, but { $count } were given
calc-error-too-many-bytes = { $op } takes at most { $transaction ->
        [yes] 4 MB
       *[no] 16 MB
    } per request, but the items add up to { $bytes } bytes
calc-error-previous-size = only PutItem and UpdateItem count the item's size before the write
calc-error-gsi-without-writes = GSI writes come from table writes; give { $writes } or a write operation
calc-error-too-large = the numbers are too large to compute with
calc-error-empty-flag = empty; write a value, or leave the flag out
calc-error-name-missing = missing; give an instance type such as m7gd.2xlarge
calc-error-names-missing = missing; give instance type names (m7gd.2xlarge) or { $build } "memory, graviton, nvme, 2xlarge"
calc-error-name-too-long = `{ $name }` is too long for an instance type name
calc-error-bad-character = `{ $name }` has `{ $c }`; instance type names have letters, digits, `.` and `-`
calc-error-requirement-missing = missing; { $how }
calc-error-two-given = two { $what ->
        [categories] categories
        [sizes] sizes
        [processors] processors
        [accelerators] kinds of accelerator
        [architectures] instruction sets
        [memory] memory minimums
       *[vcpus] vCPU minimums
    } given (`{ $first }` and `{ $second }`); give one
calc-error-unknown-word = `{ $word }` is not a category, processor, capability, size or hardware (gpu, arm, at least 16 GiB); { $how }
calc-error-bad-minimum = `{ $word }` needs a number and a unit: at least 16 GiB, or at least 8 vCPUs
calc-error-not-a-number = `{ $text }` is not a number; give { $wanted }
calc-error-too-precise = `{ $text }` has more than { $decimals } { $decimals ->
        [one] digit
       *[other] digits
    } after the point
calc-error-not-positive = `{ $text }` is zero; give { $wanted } (more than zero)
calc-error-out-of-range = { $n } is out of range; give { $wanted } from { $min } to { $max }
calc-error-unknown-choice = unknown value `{ $text }`; use { $choices }
calc-error-or = { $rest } or { $last }
calc-error-bad-duration = `{ $text }` is not a duration in whole milliseconds; write 500ms, 0.5s or 2s
calc-error-duration-over-timeout = `{ $text }` ({ $ms } ms) is over Lambda's longest timeout, 900 s (15 minutes)
calc-error-bad-memory = `{ $text }` is not a memory size in whole MB; write 1536MB or 1.5GB (128MB to 10,240MB)
calc-error-bad-limit = `{ $text }` is not a limit; write requests per second and burst as RATE/BURST, such as 1000/500
calc-error-bad-pattern-entry = entry { $entry } (`{ $text }`) is not COUNT@TIME; write 5000@0ms for a burst at one millisecond or 5000@1-999ms for requests spread evenly
calc-error-pattern-too-long = the pattern goes on to { $ms } ms; follow at most { $max } ms
calc-error-either-or = give either this or { $other }, not both
calc-error-only-with = applies only when { $other } is given
calc-error-only-with-value = applies only when { $other } is { $value }
calc-error-over-account-limit = { $n } is more than a function may have: the account's { $account } less the 100 always left unreserved = { $max }
calc-error-provisioned-over-reserved = { $provisioned } is more than the reserved concurrency ({ $reserved }); provisioned concurrency cannot exceed it
calc-error-too-many-consumers = { $n } enhanced fan-out consumers; a stream registers at most { $max }
calc-error-bad-region = `{ $text }` is not a Region code; write one such as us-east-1 or eu-west-2

## What a number field asks for (in the errors above)

calc-wanted-reads = reads per second
calc-wanted-writes = writes per second
calc-wanted-regions = the number of Regions with a replica
calc-wanted-rcu = the provisioned RCU
calc-wanted-wcu = the provisioned WCU
calc-wanted-requests-per-second = requests per second
calc-wanted-requests-per-month = requests per month
calc-wanted-duration = the average duration, such as 500ms or 0.5s
calc-wanted-account-limit = the account concurrency limit
calc-wanted-reserved = the reserved concurrency
calc-wanted-provisioned = the provisioned concurrency
calc-wanted-shards = the number of shards
calc-wanted-parallelization = the parallelization factor (1 to 10)
calc-wanted-records-per-second = records per second
calc-wanted-write-mb-per-second = the write rate in MB per second
calc-wanted-record-size = the average record size in KB
calc-wanted-consumers = the number of consumers
calc-wanted-previous-peak = the previous peak write rate in MB per second
calc-wanted-rate = requests (or messages) per second
calc-wanted-batch = messages per batch (1 to 10)
calc-wanted-prefixes = the number of prefixes
calc-wanted-number = a number

## Generated drills (Browse rows, the answer shown)

calc-drill-row = generated drill: { $kind }
calc-drill-refused = (no answer: the calculator refused this exercise)

# The DynamoDB capacity calculator: how sizes were read, each step of the working, the notes and
# the result lines. Numbers come pre-formatted ($n, $units: `1,024`); $count is the same number
# for choosing a plural form.

calc-dynamodb-eventual = eventually consistent
calc-dynamodb-strong = strongly consistent
calc-dynamodb-transactional = transactional
calc-dynamodb-per-read = per read
calc-dynamodb-per-write = per write
calc-dynamodb-per-request = per request
calc-dynamodb-rate-reads = { $count ->
        [one] { $n } read/s
       *[other] { $n } reads/s
    }
calc-dynamodb-rate-writes = { $count ->
        [one] { $n } write/s
       *[other] { $n } writes/s
    }
calc-dynamodb-rate-requests = { $count ->
        [one] { $n } request/s
       *[other] { $n } requests/s
    }
calc-dynamodb-units = { $count ->
        [one] { $n } unit
       *[other] { $n } units
    }
calc-dynamodb-items = { $count ->
        [one] { $n } item
       *[other] { $n } items
    }
calc-dynamodb-kb = { $n } KB

## How a size was read

calc-dynamodb-kb-note = DynamoDB's KB is 1,024 bytes
calc-dynamodb-kib-note = KiB = 1,024 bytes
calc-dynamodb-mb-note = DynamoDB's MB is 1,048,576 bytes
calc-dynamodb-mib-note = MiB = 1,048,576 bytes
calc-dynamodb-read-bytes = { $text } read as { $count ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
calc-dynamodb-read-size = { $text } read as { $number } x { $unit } = { $bytes } bytes{ $note }
calc-dynamodb-read-fraction = { $text } read as { $number } x { $unit } = { $whole }.{ $digits } bytes, rounded up to { $bytes } bytes{ $note }

## The working

calc-dynamodb-item-size = item size: { $reading }
calc-dynamodb-items-read = items: { $reading }
calc-dynamodb-before = item before the write: { $reading }
calc-dynamodb-gsi-projection = GSI { $index } projection: { $reading }
calc-dynamodb-query-sums = Query: the returned items count as one read: add the sizes, then round up once to 4 KB
calc-dynamodb-scan-sums = Scan: every item the scan evaluates counts (even those a filter drops): add the sizes, then round up once to 4 KB
calc-dynamodb-sizes-times = { $count } x { $bytes } B
calc-dynamodb-the-items = the { $n } items
calc-dynamodb-round-sum = { $sum } = { $total } B; ceil({ $total } B / 4,096 B) = { $units } ({ $kb })
calc-dynamodb-round-up = { $op }: a { $kind ->
        [read] read
       *[write] write
    } unit covers up to { $kind ->
        [read] 4 KB
       *[write] 1 KB
    } and the size rounds up: ceil({ $size } B / { $unit } B) = { $units }
calc-dynamodb-each-rounds-up = { $op }: { $how ->
        [batch-get] each item is read as a separate GetItem and rounds up
        [batch-write] each put or delete is a separate PutItem or DeleteItem and rounds up
       *[transaction] each item of the transaction rounds up
    } to { $kind ->
        [read] 4 KB
       *[write] 1 KB
    } on its own
calc-dynamodb-round-group = { $count } x { $size }: ceil({ $bytes } B / { $unit } B) = { $each } ({ $kb })
calc-dynamodb-round-group-each = { $count } x { $size }: ceil({ $bytes } B / { $unit } B) = { $each } each, x { $count } = { $units } ({ $kb })
calc-dynamodb-more-sizes = ... and { $n } more sizes
calc-dynamodb-per-item-total = total: { $units } ({ $kb })
calc-dynamodb-per-item-total-once = total: { $units } ({ $kb }); not the { $once } that rounding the { $total } B sum once would give (Query and Scan do that)
calc-dynamodb-strong-read = strongly consistent: 1 unit per 4 KB: { $units } { $unit } { $per }
calc-dynamodb-halve = eventually consistent: half a unit per 4 KB: { $base } / 2 = { $units } { $unit } { $per }
calc-dynamodb-double-read = transactional: 2 units per 4 KB (double): { $base } x 2 = { $units } { $unit } { $per }
calc-dynamodb-larger = { $op }: the larger of the item before ({ $before } B) and after ({ $after } B) counts: { $max } B
calc-dynamodb-double-write = transactional writes cost double: { $base } x 2 = { $units } { $unit } per request
calc-dynamodb-standard-write = standard write: 1 unit per 1 KB: { $units } { $unit } { $per }
calc-dynamodb-times-rate = x { $rate } = { $total } { $unit }/s
calc-dynamodb-times-rate-default = x { $rate } (no rate given) = { $total } { $unit }/s
calc-dynamodb-round-up-rcu = provisioned RCU is a whole number: round the per-second total up once, at the end: { $total } -> { $capacity } RCU
calc-dynamodb-whole-rcu = provisioned RCU is a whole number (rounded up once, at the end): { $capacity } RCU
calc-dynamodb-on-demand-reads = on-demand: requests are billed in read request units as consumed, nothing to provision: { $total } RRU/s
calc-dynamodb-provision-writes = provision { $total } WCU for the table
calc-dynamodb-on-demand-writes = on-demand: billed in write request units as consumed: { $total } WRU/s
calc-dynamodb-gsi-entry = GSI { $index }: each item written also writes its index entry: ceil({ $bytes } B / 1,024 B) = { $units } per item
calc-dynamodb-gsi-key-change = the write changes the index key: delete the old entry + put the new one = 2 writes: { $units } per item
calc-dynamodb-gsi-per-second = x { $items } per request x { $rate } = { $total } { $unit }/s on GSI { $index } (an index has its own write capacity; too little throttles the table's writes)
calc-dynamodb-global-table = global table in { $regions } Regions: every write is applied in each replica Region, so the { $others } other Regions receive it as replicated writes
calc-dynamodb-replicated = { $total } { $unit }/s x { $count ->
        [one] { $others } other Region
       *[other] { $others } other Regions
    } = { $replicated } { $replicated_unit }/s of replicated writes; each Region applies { $total }/s of table writes
calc-dynamodb-gsi-each-region = each Region keeps its own GSIs, so each also applies { $total } { $unit }/s of GSI writes
calc-dynamodb-reverse = reverse: { $capacity } { $unit } provisioned
calc-dynamodb-most-requests = { $capacity } { $unit } / { $units } { $unit } { $per } = { $rate } (rounded down: a request that does not fit is throttled)

## Notes

calc-dynamodb-paged = the items add up to { $bytes } bytes, over the 1 MB one { $op } returns: DynamoDB pages the result and rounds each page on its own, so the real cost can be a little higher
calc-dynamodb-strong-not-on-gsi = strongly consistent reads work on the table and its LSIs, not on a GSI (GSIs are eventually consistent only)
calc-dynamodb-consistency-reads-only = read consistency applies to reads only; writes are standard or transactional
calc-dynamodb-gsi-standard-rate = GSI writes are counted at the standard rate of 1 unit per 1 KB; check ReturnConsumedCapacity for what a transaction consumes on its indexes
calc-dynamodb-global-capacity = a global table must be on-demand, or provisioned with auto scaling, and its replicas need the same write capacity settings
calc-dynamodb-reads-not-replicated = reads are served by the replica in the Region they are sent to; a global table adds replicated writes only
calc-dynamodb-gsi-capacity-separate = each GSI has its own write capacity; it is not counted against the table's WCU here

## Result lines

calc-dynamodb-provision = -> provision { $capacity } { $unit }
calc-dynamodb-reads = reads:  { $units } { $unit } { $per } ({ $op }, { $consistency }) x { $rate } = { $total } { $unit }/s{ $provision }
calc-dynamodb-writes = writes: { $units } { $unit } { $per } ({ $op }) x { $rate } = { $total } { $unit }/s{ $provision }
calc-dynamodb-gsi = GSI { $index }:  { $total } { $unit }/s ({ $bytes } B projected, { $count ->
        [one] { $writes } write
       *[other] { $writes } writes
    } per item)
calc-dynamodb-replication = global table, { $regions } Regions: { $replicated } { $unit }/s replicated writes; each Region applies { $total } { $write_unit }/s
calc-dynamodb-on-demand = on-demand: request units are billed as consumed
calc-dynamodb-reverse-reads = reads:  { $capacity } RCU serve at most { $rate } ({ $units } RCU { $per }, { $consistency } { $op })
calc-dynamodb-reverse-writes = writes: { $capacity } WCU serve at most { $rate } ({ $units } WCU { $per }, { $op })

# The Kinesis Data Streams calculator: its result lines, the steps of its working, notes and form
# fields. Numbers arrive formatted (`1,000`, `3.418`); `$n` is the plain count for plural forms.

## Words used inside other messages

calc-kinesis-shards = { $n ->
        [one] { $count } shard
       *[other] { $count } shards
    }
calc-kinesis-consumers = { $n ->
        [one] { $count } consumer
       *[other] { $count } consumers
    }
calc-kinesis-readers-fan-out = { $n ->
        [one] { $count } enhanced fan-out consumer
       *[other] { $count } enhanced fan-out consumers
    }
calc-kinesis-readers-shared = { $n ->
        [one] { $count } shared consumer
       *[other] { $count } shared consumers
    }

## Result lines

calc-kinesis-headline-records = , { $records } for records
calc-kinesis-headline-shards = shards: { $shards } (provisioned): { $write } for writes{ $records }, { $read } for reads ({ $readers })
calc-kinesis-headline-on-demand-fits = on-demand: the load is taken at once (up to { $capacity } MB/s); a provisioned stream needs { $shards }
calc-kinesis-headline-on-demand-over = on-demand: more than the { $capacity } MB/s (and twice that of reads) taken at once: throttled while the stream scales; a provisioned stream needs { $shards }

## Steps of the working

calc-kinesis-write-rate = writes: { $mb } MB/s
calc-kinesis-rounded-up = , rounded up
calc-kinesis-write-record-size = writes: { $records } records/s x { $kb } KB ({ $size } rounded up to whole KB) = { $kb_per_second } KB/s / 1,024 = { $mb } MB/s{ $exact }
calc-kinesis-shards-for-write = writes: a shard takes 1 MB/s: ceil({ $mb } MB/s / 1 MB/s) = { $shards }
calc-kinesis-shards-for-records = records: a shard takes 1,000 records/s: ceil({ $records } / 1,000) = { $shards }
calc-kinesis-shards-for-shared-reads = shared reads: { $consumers } x { $write } MB/s = { $read } MB/s out; a shard gives 2 MB/s shared by its consumers: ceil({ $read } / 2) = { $shards }
calc-kinesis-shards-for-fan-out = enhanced fan-out: each of the { $consumers } consumers gets its own 2 MB/s per shard: ceil({ $write } MB/s / 2 MB/s) = { $shards }
calc-kinesis-no-consumers = no consumers: the reads need no shards
calc-kinesis-step-records = , records { $records }
calc-kinesis-shards-largest = shards = the largest of writes { $write }{ $records }, reads { $read } = { $shards }
calc-kinesis-capacity = { $shards } take { $write } MB/s and { $records } records/s
calc-kinesis-capacity-fan-out = { $shards } take { $write } MB/s and { $records } records/s, and give each of the { $consumers } consumers its own { $read } MB/s
calc-kinesis-capacity-shared = { $shards } take { $write } MB/s and { $records } records/s, and give { $read } MB/s shared by { $consumers_counted } ({ $each } MB/s each)
calc-kinesis-on-demand-new = on-demand: a new stream takes { $capacity } MB/s and { $records } records/s at once
calc-kinesis-on-demand-peak = on-demand: up to double the previous peak at once: 2 x { $peak } MB/s = { $capacity } MB/s ({ $records } records/s; 4 MB/s at the least)
calc-kinesis-load-records = , { $records } records/s (of { $capacity })
calc-kinesis-load-reads = , { $read } MB/s of shared reads (of { $capacity })
calc-kinesis-load = writes { $write } MB/s (of { $capacity }){ $records }{ $reads }
calc-kinesis-load-fits = { $load }: taken at once
calc-kinesis-load-over = { $load }: more than the stream takes at once; the excess is throttled (ProvisionedThroughputExceeded) while it scales, so retry it
calc-kinesis-over-on-demand-maximum = { $write } MB/s is over the 200 MB/s an on-demand stream scales to by default (10 GB/s in us-east-1, us-west-2 and eu-west-1); ask for an increase

## Notes

calc-kinesis-note-shared-polling = a shard serves 5 GetRecords calls a second shared by its consumers: { $consumers } consumers each poll it less than once a second; enhanced fan-out gives each its own 2 MB/s
calc-kinesis-note-partition-keys = the count assumes partition keys that spread the records evenly; a hot key exceeds its shard's limits
calc-kinesis-note-on-demand-reads = an on-demand stream's read capacity grows with its writes (8 MB/s for a new stream); enhanced fan-out consumers get their own
calc-kinesis-note-sources = sources (read { $read }): { $urls }

## Form fields: the label (at most 12 columns) and what to type

calc-kinesis-field-write-mb-per-second = Write MB/s
calc-kinesis-hint-write-mb-per-second = MB written per second
calc-kinesis-field-records-per-second = Records/s
calc-kinesis-hint-records-per-second = records written per second
calc-kinesis-field-record-size = Record size
calc-kinesis-hint-record-size = average record: 35KB (not with MB/s)
calc-kinesis-field-consumers = Consumers
calc-kinesis-hint-consumers = applications reading the stream (1)
calc-kinesis-field-enhanced-fan-out = Fan-out
calc-kinesis-hint-enhanced-fan-out = enhanced fan-out: yes or no
calc-kinesis-field-mode = Mode
calc-kinesis-hint-mode = provisioned or on-demand
calc-kinesis-field-previous-peak = Prev. peak
calc-kinesis-hint-previous-peak = on-demand: previous peak MB/s

# The S3 request-rate calculator: prefixes needed for a load, the load spread over prefixes.

calc-s3-prefixes = { $count ->
        [one] { $n } prefix
       *[other] { $n } prefixes
    }
calc-s3-load = { $n } { $kind }
calc-s3-load-both = { $reads } GET/HEAD and { $writes } PUT/COPY/POST/DELETE
calc-s3-needed = S3: { $prefixes } needed for { $load } requests/s
calc-s3-spread-fits = spread evenly over { $prefixes }: within the per-prefix rates
calc-s3-spread-over = spread evenly over { $prefixes }: over the per-prefix rates, expect 503 Slow Down; use at least { $needed }
calc-s3-for-kind = { $kind }: ceil({ $rate } requests/s / { $per_prefix } per prefix) = { $prefixes }
calc-s3-larger = prefixes = the larger of reads { $reads } and writes { $writes } (at least 1) = { $prefixes }
calc-s3-per-prefix = { $kind } over { $spread }: { $rate } / { $prefixes } = { $each } a prefix { $compare } { $max }
calc-s3-even-spread = the rates are per partitioned prefix, and there is no limit to the number of prefixes; the load must be spread evenly over them
calc-s3-slow-down = S3 scales to higher rates gradually; until it has, requests over them may get 503 Slow Down: retry with exponential backoff
calc-s3-kms = with SSE-KMS every GET and PUT also calls AWS KMS, whose own requests-per-second quota may limit first
calc-s3-sources = sources (read { $read }): { $urls }

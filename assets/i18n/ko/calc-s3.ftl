# S3 요청률 계산기: 부하에 필요한 접두사 수, 접두사에 분산한 부하.

calc-s3-prefixes = { $count ->
       *[other] 접두사 { $n }개
    }
calc-s3-load = { $n } { $kind }
calc-s3-load-both = { $reads } GET/HEAD 및 { $writes } PUT/COPY/POST/DELETE
calc-s3-needed = S3: 초당 { $load } 요청에 { $prefixes } 필요
calc-s3-spread-fits = { $prefixes }에 고르게 분산: 접두사당 요청률 이내
calc-s3-spread-over = { $prefixes }에 고르게 분산: 접두사당 요청률을 넘으므로 503 Slow Down이 예상됩니다. 최소 { $needed }개를 사용하십시오
calc-s3-for-kind = { $kind }: ceil(초당 { $rate }회 / 접두사당 { $per_prefix }회) = { $prefixes }
calc-s3-larger = 접두사 = 읽기 { $reads }, 쓰기 { $writes } 중 큰 값(최소 1) = { $prefixes }
calc-s3-per-prefix = { $spread }에 { $kind } 분산: { $rate } / { $prefixes } = 접두사당 { $each } { $compare } { $max }
calc-s3-even-spread = 요청률은 파티셔닝된 접두사별 값이며 접두사 수에는 제한이 없습니다. 부하는 접두사에 고르게 분산되어야 합니다
calc-s3-slow-down = S3는 더 높은 요청률로 점진적으로 확장됩니다. 확장되기 전에는 이를 넘는 요청이 503 Slow Down을 받을 수 있으므로 지수 백오프로 재시도하십시오
calc-s3-kms = SSE-KMS를 사용하면 모든 GET과 PUT이 AWS KMS도 호출하며, AWS KMS 자체의 초당 요청 할당량이 먼저 한도가 될 수 있습니다
calc-s3-sources = 출처({ $read }에 읽음): { $urls }

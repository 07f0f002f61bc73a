# Lambda 계산기: 결과 줄, 계산 과정의 단계, 참고와 입력 필드.
# 숫자는 서식이 적용된 채로 전달됩니다(`1,000`, `0.5`, `$9.60`). `$n`은 영어의 복수형을 고르는
# 개수입니다. 한국어는 복수형이 하나이므로 `{ $n -> *[other] ... }`로 같은 인수를 씁니다.

## 다른 메시지 안에 쓰이는 말

calc-lambda-limit-account = 계정 동시성 한도
calc-lambda-limit-reserved = 예약된 동시성
calc-lambda-shards = { $n ->
       *[other] 샤드 { $count }개
    }
calc-lambda-minutes = { $n ->
       *[other] { $count }분
    }
calc-lambda-environments = { $n ->
       *[other] 실행 환경 { $count }개
    }
calc-lambda-more-steps = { $n ->
       *[other] 추가 { $count }회
    }

## 결과 줄

calc-lambda-fix-account = . 계정 동시성 한도를 { $account }까지 늘리십시오
calc-lambda-fix-reserved = . 예약된 동시성을 늘리십시오
calc-lambda-concurrency-ok = 동시성: { $limit }({ $kind }) 중 { $needed } 필요: 조절되지 않습니다
calc-lambda-concurrency-over = 동시성: { $needed } 필요, { $limit } 사용 가능({ $kind }): 조절됩니다{ $fix }
calc-lambda-concurrency-rate = 동시성: { $limit }({ $kind }) 중 { $needed } 필요. 하지만 요청 속도가 동시성 단위당 10을 넘습니다: 조절됩니다{ $fix }
calc-lambda-stream-keeps-up = 스트림 소스: { $shards } x 계수 { $factor } = 최대 동시 배치 { $max }개: 따라잡습니다
calc-lambda-stream-falls-behind = 스트림 소스: { $shards } x 계수 { $factor } = 최대 동시 배치 { $max }개: 뒤처집니다
calc-lambda-sqs-scaling-at-once = { $target }까지 SQS 스케일링: 즉시(처음에 배치 5개)
calc-lambda-sqs-scaling = { $target }까지 SQS 스케일링: 약 { $minutes }(처음에 배치 5개, 분당 최대 300개 추가)
calc-lambda-scaling-at-once = 처음부터 { $target }까지 스케일링: 즉시(10초마다 새 실행 환경 1,000개)
calc-lambda-scaling = 처음부터 { $target }까지 스케일링: 최소 { $seconds } s(10초마다 새 실행 환경 1,000개)
calc-lambda-cost = 비용: 월 { $total }({ $arch }, { $memory } MB), 프리 티어 적용 후 { $free_tier }

## 계산 과정의 단계

calc-lambda-duration = 평균 기간 { $text }: { $ms } ms = { $seconds } s
calc-lambda-monthly-average = 월 요청 { $monthly }개 / { $seconds } s(730시간) = 평균 초당 요청 { $rps }개
calc-lambda-rounded-up = , 올림하여 { $environments }
calc-lambda-concurrency = 동시성 = 초당 요청 수 x 기간 = { $rps } x { $seconds } s = { $concurrency }{ $rounded }
calc-lambda-account-limit-default = 계정 동시성 한도: 리전당 { $account }(기본값). 예약된 동시성이 없는 함수들이 함께 사용합니다
calc-lambda-account-limit = 계정 동시성 한도: 리전당 { $account }. 예약된 동시성이 없는 함수들이 함께 사용합니다
calc-lambda-reserved = 예약된 동시성 { $reserved }: 이 함수의 최대 동시성이며, 계정의 { $account } 중에서 이 함수만 쓰도록 확보됩니다
calc-lambda-verdict-ok = 필요 { $needed } <= { $limit }({ $kind }): 동시성으로 인한 조절은 없습니다
calc-lambda-verdict-over = 필요 { $needed } > { $limit }({ $kind }): 처리 중인 요청이 { $limit }개를 넘으면 조절됩니다(429 TooManyRequestsException)
calc-lambda-rate-limit-over = 초당 요청 수는 10 x 동시성으로 제한됩니다: 10 x { $limit } = { $max }/s. { $rps }/s: 한도를 넘으므로 조절됩니다
calc-lambda-rate-limit-within = 초당 요청 수는 10 x 동시성으로 제한됩니다: 10 x { $limit } = { $max }/s. { $rps }/s: 한도 안에 있습니다
calc-lambda-account-needed = 이 부하에 필요한 계정 동시성 한도: 동시성({ $concurrency })과 초당 요청 수 / 10({ $for_rate }) 중 큰 값 = { $needed }
calc-lambda-provisioned = 프로비저닝된 동시성 { $provisioned }: 사전 초기화된 실행 환경으로, 동시 실행 { $provisioned }개(초당 요청 { $max }개)까지 콜드 스타트가 없습니다{ $tail }
calc-lambda-provisioned-all-warm = . 필요한 { $needed }개 모두 준비되어 있습니다
calc-lambda-provisioned-rest-reserved = . 나머지 { $rest }개는 남은 예약된 동시성에서 콜드 스타트와 함께 실행됩니다
calc-lambda-provisioned-rest-on-demand = . 나머지 { $rest }개는 온디맨드 동시성으로 넘어가며 콜드 스타트가 발생합니다
calc-lambda-scaling-steps-none = 스케일링: 함수당 한 번에 새 실행 환경을 최대 1,000개까지 만들 수 있으므로 기다리지 않고 { $target }에 도달합니다
calc-lambda-scaling-steps = { $target }까지 스케일링: 함수당 처음에 새 실행 환경 1,000개, 이후 10초마다 1,000개씩 추가: { $steps } x 10 s = { $seconds } s
calc-lambda-sqs-cap = (SQS 이벤트 소스는 한 번에 최대 1,000개 배치를 처리합니다)
calc-lambda-sqs-steps-none = SQS: Lambda는 동시 배치 5개로 시작합니다: { $target }에 충분합니다{ $cap }
calc-lambda-sqs-steps = SQS: Lambda는 동시 배치 5개로 시작해 분당 최대 300개씩 늘립니다: ({ $target } - 5) / 300 -> { $minutes }{ $cap }
calc-lambda-stream-concurrency = { $source }: 샤드당 한 번에 배치 하나 x 병렬화 계수: { $shards } x { $factor } = 최대 동시 호출 { $max }개
calc-lambda-stream-verdict-ok = 필요 { $needed } <= { $max }: 함수가 스트림을 따라잡습니다
calc-lambda-stream-verdict-over = 필요 { $needed } > { $max }: 레코드가 대기하고 IteratorAge가 커집니다. { $fix }
calc-lambda-stream-fix-factor = 병렬화 계수 { $factor }에서 따라잡을 수 있습니다
calc-lambda-stream-fix-shards = 계수 10으로도 따라잡지 못합니다: 최소 { $shards }를 사용하십시오
calc-lambda-memory = 메모리 { $text } = { $mb } MB = { $gb } GB(GB당 1,024 MB)
calc-lambda-monthly-requests = 월 요청 수: { $rps }/s x { $seconds } s(730시간) = { $monthly }
calc-lambda-gb-seconds = GB-초 = 요청 수 x 기간 x 메모리 = { $monthly } x { $seconds } s x { $gb } GB = { $gb_s } GB-s
calc-lambda-compute-cost = 기간 요금({ $arch }): { $gb_s } GB-s x { $price } = { $cost }
calc-lambda-request-cost = 요청 요금: { $requests } x 백만 건당 $0.20 = { $cost }
calc-lambda-total-cost = 합계: { $compute } + { $requests } = 월 { $total }
calc-lambda-free-tier = 프리 티어(월 { $free_gb_s } GB-s와 요청 { $free_requests }개) 적용 후: { $gb_s } GB-s = { $compute } + 요청 { $requests }개 = { $request_cost }. 합계 { $total }

## 참고

calc-lambda-note-average-of-month = 이 속도는 한 달 평균입니다. 이보다 높은 피크에는 더 많은 동시성이 필요합니다
calc-lambda-note-other-arch = { $arch }에서는 월 { $total }(프리 티어 적용 후 { $free_tier })
calc-lambda-note-price-region = 미국 동부(버지니아 북부) 리전의 첫 번째 요금 구간 가격입니다. 512 MB를 넘는 임시 스토리지는 따로 청구됩니다
calc-lambda-note-provisioned-billing = 프로비저닝된 동시성은 여기의 요금과 별도로 구성된 시간만큼 청구되며, 프리 티어가 적용되지 않습니다
calc-lambda-note-reserved-takes = 예약된 동시성은 계정에서 떼어 둡니다: 다른 함수들은 남은 { $left }만큼을 함께 사용합니다
calc-lambda-note-sources = 출처({ $read } 확인): { $urls }

## 입력 필드: 레이블(최대 12열, 한글은 2열)과 입력할 내용

calc-lambda-field-requests-per-second = 초당 요청
calc-lambda-hint-requests-per-second = 초당 평균 요청 수
calc-lambda-field-duration = 기간
calc-lambda-hint-duration = 평균 기간: 500ms 또는 0.5s
calc-lambda-field-account-limit = 계정 한도
calc-lambda-hint-account-limit = 계정 동시성 한도(1,000)
calc-lambda-field-reserved = 예약
calc-lambda-hint-reserved = 함수의 예약된 동시성
calc-lambda-field-provisioned = 프로비저닝
calc-lambda-hint-provisioned = 프로비저닝된 동시성
calc-lambda-field-source = 소스
calc-lambda-hint-source = sync, sqs, kinesis, dynamodb-streams
calc-lambda-field-shards = 샤드
calc-lambda-hint-shards = kinesis/dynamodb 스트림의 샤드 수
calc-lambda-field-parallelization = 병렬화 계수
calc-lambda-hint-parallelization = 샤드당 배치 수, 1~10(1)
calc-lambda-field-memory = 메모리
calc-lambda-hint-memory = 비용 계산용: 1536MB 또는 1.5GB
calc-lambda-field-architecture = 아키텍처
calc-lambda-hint-architecture = x86(기본값) 또는 arm
calc-lambda-field-requests-per-month = 월 요청
calc-lambda-hint-requests-per-month = 월 요청 수(비용 계산용)

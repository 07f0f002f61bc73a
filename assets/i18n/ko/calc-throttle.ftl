# 조절 계산기(API Gateway의 토큰 버킷, SQS FIFO 처리량): 결과 줄, 계산 과정의 단계, 참고와 입력 필드.
# 숫자는 서식이 적용된 채로 전달됩니다(`10,000`, `2.5`).

## 다른 메시지 안에 쓰이는 말

calc-throttle-level-usage-plan = 클라이언트별 사용량 계획
calc-throttle-level-method = 메서드
calc-throttle-level-stage = 스테이지 기본값
calc-throttle-level-account = 계정
calc-throttle-limit = 초당 요청 { $rate }개, 버스트 { $burst }
calc-throttle-arrival-at = { $ms } ms에 요청 { $count }개
calc-throttle-arrival-spread = { $from }~{ $to } ms에 요청 { $count }개를 고르게 분산(ms당 { $per_ms }개)

## 결과 줄

calc-throttle-headline-pattern = API Gateway: 요청 { $total }개 중 { $served }개 처리, { $throttled }개 조절(429). 대부분 { $level } 한도({ $limit })에서 조절됩니다
calc-throttle-headline-pattern-all = API Gateway: 요청 { $total }개 모두 처리
calc-throttle-headline-steady-ok = API Gateway: 초당 요청 { $rate }개는 가장 낮은 한도({ $level }, 초당 요청 { $limit_rate }개) 안에 있습니다: 조절되지 않습니다
calc-throttle-headline-steady-over = API Gateway: 초당 요청 { $rate }개는 { $level } 한도 { $limit_rate }/s를 넘습니다: 버스트 { $burst } s 후 초당 요청 { $throttled }개가 조절됩니다(429)
calc-throttle-headline-sqs-ok = SQS FIFO: 초당 메시지 { $rate }개에는 작업당 초당 API 호출 { $calls }회가 필요합니다. 한도 { $tps }회(초당 메시지 최대 { $max }개): 조절되지 않습니다
calc-throttle-headline-sqs-over = SQS FIFO: 초당 메시지 { $rate }개에는 작업당 초당 API 호출 { $calls }회가 필요합니다. 한도 { $tps }회(초당 메시지 최대 { $max }개): 조절됩니다

## 계산 과정의 단계

calc-throttle-default = (기본값)
calc-throttle-replaces = . 이 메서드에서는 스테이지 기본값({ $limit })을 대신합니다
calc-throttle-applies = 적용 순서 { $order }: { $level }: { $limit }{ $default }{ $replaced }
calc-throttle-token-bucket = 각 한도는 토큰 버킷입니다: 버스트만큼 토큰을 담을 수 있고 속도에 맞춰 다시 채워집니다. 요청은 모든 버킷에서 토큰을 하나씩 가져가며, 가져가지 못하면 429 Too Many Requests를 받습니다
calc-throttle-served = { $served }개 처리
calc-throttle-served-throttled-by = { $served }개 처리, { $throttled }개 조절({ $level })
calc-throttle-served-throttled = { $served }개 처리, { $throttled }개 조절
calc-throttle-entry = { $arrival }, 토큰 { $available }개: { $outcome }
calc-throttle-entry-spread = { $arrival }, 시작 시 토큰 { $available }개: { $outcome }
calc-throttle-total-all = 합계: 요청 { $total }개, 모두 처리
calc-throttle-total = 합계: 요청 { $total }개, { $served }개 처리, { $throttled }개 조절(429)
calc-throttle-steady-within = { $level }({ $limit }): 초당 요청 { $rate }개는 한도 안에 있습니다
calc-throttle-steady-over = { $level }({ $limit }): 초당 요청 { $rate }개는 한도를 { $over }/s 넘습니다: 버스트는 { $burst } / { $over } = { $seconds } s 만에 비워집니다
calc-throttle-sqs-quota-high = { $region }의 높은 처리량 FIFO 대기열: 작업(SendMessage, ReceiveMessage, DeleteMessage)당 초당 API 호출 { $tps }회
calc-throttle-sqs-quota = FIFO 대기열: 작업(SendMessage, ReceiveMessage, DeleteMessage)당 초당 API 호출 { $tps }회
calc-throttle-sqs-one-a-call = 호출당 메시지 하나: 작업당 초당 메시지 { $max }개
calc-throttle-sqs-batch = 메시지 { $batch }개씩 배치: { $tps } x { $batch } = 작업당 초당 메시지 { $max }개
calc-throttle-sqs-calls = 초당 메시지 { $rate }개 / 호출당 { $batch }개 = 초당 API 호출 { $calls }회
calc-throttle-sqs-verdict-ok = 초당 호출 { $calls }회 <= { $tps }: 조절되지 않습니다
calc-throttle-sqs-verdict-over = 초당 호출 { $calls }회 > { $tps }: 초과분은 ThrottlingException을 받습니다. { $fix }
calc-throttle-sqs-fix-batch = { $batch }개씩 배치하면 한도 안에 들어옵니다
calc-throttle-sqs-fix-high-throughput = 10개씩 배치해도 한도를 넘습니다: 높은 처리량 모드를 활성화하십시오
calc-throttle-sqs-fix-quota = 10개씩 배치해도 한도를 넘습니다: 할당량 증가를 요청하십시오

## 참고

calc-throttle-note-account-default-small = { $region }의 계정 기본값은 초당 요청 2,500개, 버스트 1,250입니다
calc-throttle-note-account-default = { $region }의 계정 기본값은 초당 요청 10,000개, 버스트 5,000입니다(af-south-1 같은 일부 새 리전에서는 2,500과 1,250)
calc-throttle-note-best-effort = API Gateway는 조절을 최선의 방식으로 적용합니다: 한도는 보장된 상한이 아니라 목표입니다
calc-throttle-note-regional = 계정 한도 다음에는 사용자가 설정할 수 없는 AWS 리전별 조절이 적용됩니다
calc-throttle-note-message-groups = 높은 처리량 모드는 메시지 그룹 ID에 따라 대기열을 여러 파티션에 분산합니다: 이 처리량에 도달하려면 여러 그룹 ID로 메시지를 보내십시오
calc-throttle-note-receive-batch = ReceiveMessage는 호출당 최대 10개의 메시지를 받고(MaxNumberOfMessages), DeleteMessageBatch는 최대 10개를 삭제합니다
calc-throttle-note-sources = 출처({ $read } 확인): { $urls }

## 입력 필드: 레이블(최대 12열, 한글은 2열)과 입력할 내용

calc-throttle-field-service = 서비스
calc-throttle-hint-service = apigateway(기본값) 또는 sqs-fifo
calc-throttle-field-rate = 속도/s
calc-throttle-hint-rate = 일정한 초당 요청 수(SQS: 초당 메시지 수)
calc-throttle-field-pattern = 패턴
calc-throttle-hint-pattern = 5000@0ms, 5000@1-999ms
calc-throttle-field-account = 계정
calc-throttle-hint-account = RATE/BURST(10000/5000)
calc-throttle-field-stage = 스테이지
calc-throttle-hint-stage = 스테이지 기본값 RATE/BURST
calc-throttle-field-method = 메서드
calc-throttle-hint-method = 메서드 자체의 RATE/BURST
calc-throttle-field-usage-plan = 사용량 계획
calc-throttle-hint-usage-plan = 클라이언트별 RATE/BURST
calc-throttle-field-batch = 배치
calc-throttle-hint-batch = SQS: 호출당 메시지 수, 1~10(1)
calc-throttle-field-high-throughput = 높은 처리량
calc-throttle-hint-high-throughput = SQS: 높은 처리량 모드: yes/no
calc-throttle-field-region = 리전
calc-throttle-hint-region = us-east-1(기본값)

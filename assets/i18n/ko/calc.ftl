# 계산기: 제목, DynamoDB·EC2·S3의 필드, 입력 오류, 계산기 화면, `awsdrill calc` / `awsdrill decode`의 텍스트.

## 제목 (화면의 탭, `awsdrill calc --help`)

calc-title-dynamodb = DynamoDB 용량
calc-title-ec2 = EC2 인스턴스 유형
calc-title-lambda = Lambda
calc-title-kinesis = Kinesis
calc-title-throttle = 조절
calc-title-s3 = S3 요청률
calc-title-other = 계산기
calc-field-other = 값

## 필드: 옆에 표시되는 레이블(최대 13열)과 비어 있을 때 표시되는 힌트

calc-field-dynamodb-operation = 작업
calc-hint-dynamodb-operation = get-item, query, batch-get-item...
calc-field-dynamodb-items = 항목 크기
calc-hint-dynamodb-items = 6.5KB, 1.5KB,6.5KB 또는 1500x64B
calc-field-dynamodb-reads = 초당 읽기
calc-hint-dynamodb-reads = 초당 읽기 요청 수
calc-field-dynamodb-writes = 초당 쓰기
calc-hint-dynamodb-writes = 초당 쓰기 요청 수
calc-field-dynamodb-consistency = 일관성
calc-hint-dynamodb-consistency = eventual, strong, transactional
calc-field-dynamodb-gsi = GSI 크기
calc-hint-dynamodb-gsi = GSI별 프로젝션 크기: 1KB,200B
calc-field-dynamodb-regions = 리전
calc-hint-dynamodb-regions = 글로벌 테이블 복제본 수 (1)
calc-field-dynamodb-mode = 용량 모드
calc-hint-dynamodb-mode = provisioned 또는 on-demand
calc-field-dynamodb-rcu = RCU (역산)
calc-hint-dynamodb-rcu = 역산: 프로비저닝된 RCU
calc-field-dynamodb-wcu = WCU (역산)
calc-hint-dynamodb-wcu = 역산: 프로비저닝된 WCU
calc-field-ec2-name = 이름 해석
calc-hint-ec2-name = 인스턴스 유형: c7i-flex.large
calc-field-ec2-build = 이름 구성
calc-hint-ec2-build = memory, graviton, nvme 또는 gpu, at least 16 GiB
calc-field-s3-reads = 초당 읽기
calc-hint-s3-reads = 초당 GET/HEAD 요청 수
calc-field-s3-writes = 초당 쓰기
calc-hint-s3-writes = 초당 PUT/COPY/POST/DELETE 요청 수
calc-field-s3-prefixes = 접두사
calc-hint-s3-prefixes = 부하를 분산할 접두사 수

## 계산기 화면

calc-result = 결과와 계산 과정
calc-hint-next-field = 다음 필드
calc-hint-calculator = 계산기
calc-hint-scroll = 스크롤
calc-hint-clear-field = 필드 지우기
calc-note = 참고: { $note }
calc-fix-fields = 빨간색으로 표시된 필드를 고치십시오:
calc-save-failed = 계산기 입력을 저장할 수 없습니다
calc-the-field = { $label } 필드

## `awsdrill calc`와 `awsdrill decode`

calc-working = 계산 과정:
calc-notes = 참고:
calc-rules = 규칙: { $source }
calc-no-calculator = `{ $id }` 계산기가 없습니다
calc-json-failed = JSON을 쓸 수 없습니다: { $error }
calc-write-failed = 출력을 쓸 수 없습니다: { $error }

## 입력 오류: 무엇이 잘못되었고 어떻게 입력해야 하는지

calc-error-missing = 값이 없습니다. 입력할 값: { $wanted }
calc-error-negative = `{ $text }`은(는) 음수입니다. 입력할 값: { $wanted }
calc-error-not-whole = `{ $text }`은(는) 정수가 아닙니다. 입력할 값: { $wanted }
calc-error-number-too-large = `{ $text }`은(는) 계산하기에 너무 큽니다
calc-error-too-small = { $n }은(는) 너무 작습니다. 입력할 값: { $wanted }(최소 { $min })
calc-error-how-size = 6.5KB, 4097B 또는 2KiB처럼 크기를 입력하십시오
calc-error-how-build = 인스턴스를 쉼표로 구분해 설명하십시오. 예: memory optimized, graviton, nvme, 2xlarge
calc-error-size-missing = 값이 없습니다. { $how }
calc-error-size-negative = `{ $text }`은(는) 음수입니다. 항목은 최소 1바이트입니다
calc-error-no-number = `{ $text }`은(는) 숫자로 시작하지 않습니다. { $how }
calc-error-too-many-digits = `{ $text }`은(는) 자릿수가 너무 많습니다
calc-error-no-unit = `{ $text }`에 단위가 없습니다. B, KB 또는 KiB를 붙이십시오(예: 6.5KB)
calc-error-unknown-unit = `{ $text }`의 `{ $unit }`은(는) 알 수 없는 단위입니다. B, KB(1,024바이트), KiB, MB 또는 MiB를 사용하십시오
calc-error-zero-size = `{ $text }`은(는) 0입니다. 항목은 최소 1바이트입니다
calc-error-fractional-bytes = `{ $text }`: 바이트 수는 정수여야 합니다
calc-error-over-item-limit = { $text }({ $bytes }바이트)은(는) DynamoDB의 항목 크기 제한 400 KB(409,600바이트)를 넘습니다
calc-error-over-item-limit-huge = { $text }(바이트 수가 너무 큼)은(는) DynamoDB의 항목 크기 제한 400 KB(409,600바이트)를 넘습니다
calc-error-list-missing = 값이 없습니다. 1.5KB,6.5KB 또는 1500x64B처럼 크기를 쉼표로 구분해 입력하십시오
calc-error-empty-entry = { $entry }번째 값이 비어 있습니다. 크기는 쉼표 하나로 구분하십시오
calc-error-zero-count = { $entry }번째 값(`{ $text }`)은 항목을 0번 반복합니다
calc-error-count-too-large = { $entry }번째 값(`{ $text }`)의 개수가 너무 큽니다
calc-error-in-entry = { $entry }번째 값: { $message }
calc-error-unknown-mode = 알 수 없는 모드 `{ $text }`입니다. provisioned 또는 on-demand를 사용하십시오
calc-error-unknown-consistency = 알 수 없는 일관성 `{ $text }`입니다. eventual, strong 또는 transactional을 사용하십시오
calc-error-unknown-operation = 알 수 없는 작업 `{ $text }`입니다. 다음 중 하나를 사용하십시오: { $ops }
calc-error-size-and-list = { $size }(항목 하나)와 { $list }(목록) 중 하나만 입력하십시오
calc-error-rates-and-capacity = 용량 단위를 구하려면 요청률({ $reads } 또는 { $writes })을, 요청률을 구하려면 용량({ $rcu } 또는 { $wcu })을 입력하십시오. 둘 다 입력할 수는 없습니다
calc-error-reverse-on-demand = 역산은 프로비저닝된 용량에만 해당합니다. 온디맨드 테이블에는 프로비저닝할 RCU/WCU가 없습니다
calc-error-only-reads = { $op }은(는) 읽기만 합니다. { $reads }(또는 { $rcu })을(를) 입력하십시오
calc-error-only-writes = { $op }은(는) 쓰기만 합니다. { $writes }(또는 { $wcu })을(를) 입력하십시오
calc-error-always-transactional = TransactGetItems 읽기는 항상 트랜잭션 읽기이며 { $asked }가 아닙니다
calc-error-not-transactional = { $op }은(는) 트랜잭션일 수 없습니다. 트랜잭션 읽기는 TransactGetItems 읽기뿐입니다
calc-error-batch-write-not-transactional = BatchWriteItem은 트랜잭션일 수 없습니다. transact-write-items를 사용하십시오
calc-error-too-many-gsis = 인덱스 { $n }개가 주어졌습니다. 테이블에는 기본적으로 GSI가 최대 20개입니다
calc-error-one-item = { $op }은(는) 항목 하나만 다루지만 { $count }개가 주어졌습니다. 크기를 하나만 입력하거나 { $operation }을(를) { $reads ->
        [yes] batch-get-item 또는 query
       *[no] batch-write-item
    }(으)로 설정하십시오
calc-error-too-many-items = { $op }은(는) 요청당 항목을 최대 { $max }개 받지만 { $count }개가 주어졌습니다
calc-error-too-many-bytes = { $op }은(는) 요청당 최대 { $transaction ->
        [yes] 4 MB
       *[no] 16 MB
    }를 받지만 항목 크기의 합계가 { $bytes }바이트입니다
calc-error-previous-size = 쓰기 전 항목의 크기를 계산하는 작업은 PutItem과 UpdateItem뿐입니다
calc-error-gsi-without-writes = GSI 쓰기는 테이블 쓰기에서 생깁니다. { $writes }이나 쓰기 작업을 입력하십시오
calc-error-too-large = 숫자가 너무 커서 계산할 수 없습니다
calc-error-empty-flag = 비어 있습니다. 값을 입력하거나 플래그를 빼십시오
calc-error-name-missing = 값이 없습니다. m7gd.2xlarge 같은 인스턴스 유형을 입력하십시오
calc-error-names-missing = 값이 없습니다. 인스턴스 유형 이름(m7gd.2xlarge)이나 { $build } "memory, graviton, nvme, 2xlarge"를 입력하십시오
calc-error-name-too-long = `{ $name }`은(는) 인스턴스 유형 이름으로는 너무 깁니다
calc-error-bad-character = `{ $name }`에 `{ $c }`이(가) 있습니다. 인스턴스 유형 이름은 문자, 숫자, `.`, `-`로만 이루어집니다
calc-error-requirement-missing = 값이 없습니다. { $how }
calc-error-two-given = { $what ->
        [categories] 범주가
        [sizes] 크기가
        [processors] 프로세서가
        [accelerators] 가속기 종류가
        [architectures] 명령어 세트가
        [memory] 최소 메모리가
       *[vcpus] 최소 vCPU가
    } 두 개 주어졌습니다(`{ $first }`, `{ $second }`). 하나만 입력하십시오
calc-error-unknown-word = `{ $word }`은(는) 범주, 프로세서, 기능, 크기, 하드웨어(gpu, arm, at least 16 GiB) 중 어느 것도 아닙니다. { $how }
calc-error-bad-minimum = `{ $word }`에는 숫자와 단위가 필요합니다: at least 16 GiB 또는 at least 8 vCPUs
calc-error-not-a-number = `{ $text }`은(는) 숫자가 아닙니다. 입력할 값: { $wanted }
calc-error-too-precise = `{ $text }`은(는) 소수점 아래 자릿수가 { $decimals ->
       *[other] { $decimals }
    }자리를 넘습니다
calc-error-not-positive = `{ $text }`은(는) 0입니다. 입력할 값: { $wanted }(0보다 커야 함)
calc-error-out-of-range = { $n }은(는) 범위를 벗어납니다. 입력할 값: { $wanted }({ $min }~{ $max })
calc-error-unknown-choice = 알 수 없는 값 `{ $text }`입니다. { $choices } 중 하나를 사용하십시오
calc-error-or = { $rest } 또는 { $last }
calc-error-bad-duration = `{ $text }`은(는) 밀리초 단위의 정수 지속 시간이 아닙니다. 500ms, 0.5s 또는 2s처럼 입력하십시오
calc-error-duration-over-timeout = `{ $text }`({ $ms } ms)은(는) Lambda의 최대 제한 시간 900 s(15분)를 넘습니다
calc-error-bad-memory = `{ $text }`은(는) MB 단위의 정수 메모리 크기가 아닙니다. 1536MB 또는 1.5GB처럼 입력하십시오(128MB~10,240MB)
calc-error-bad-limit = `{ $text }`은(는) 한도가 아닙니다. 초당 요청 수와 버스트를 RATE/BURST 형식으로 입력하십시오(예: 1000/500)
calc-error-bad-pattern-entry = { $entry }번째 값(`{ $text }`)이 COUNT@TIME 형식이 아닙니다. 1밀리초에 몰리는 버스트는 5000@0ms, 고르게 분산되는 요청은 5000@1-999ms처럼 입력하십시오
calc-error-pattern-too-long = 패턴이 { $ms } ms까지 이어집니다. 최대 { $max } ms까지만 입력하십시오
calc-error-either-or = 이 값과 { $other } 중 하나만 입력하십시오
calc-error-only-with = { $other }이(가) 주어진 경우에만 적용됩니다
calc-error-only-with-value = { $other }이(가) { $value }인 경우에만 적용됩니다
calc-error-over-account-limit = { $n }은(는) 함수 하나가 가질 수 있는 값보다 큽니다: 계정 한도 { $account }에서 항상 예약되지 않은 채로 남는 100을 빼면 { $max }입니다
calc-error-provisioned-over-reserved = { $provisioned }은(는) 예약된 동시성({ $reserved })보다 큽니다. 프로비저닝된 동시성은 예약된 동시성을 넘을 수 없습니다
calc-error-too-many-consumers = 향상된 팬아웃 소비자가 { $n }개입니다. 스트림 하나에는 최대 { $max }개까지 등록할 수 있습니다
calc-error-bad-region = `{ $text }`은(는) 리전 코드가 아닙니다. us-east-1이나 eu-west-2처럼 입력하십시오

## 숫자 필드에 입력할 값 (위 오류에 쓰임)

calc-wanted-reads = 초당 읽기 수
calc-wanted-writes = 초당 쓰기 수
calc-wanted-regions = 복제본이 있는 리전 수
calc-wanted-rcu = 프로비저닝된 RCU
calc-wanted-wcu = 프로비저닝된 WCU
calc-wanted-requests-per-second = 초당 요청 수
calc-wanted-requests-per-month = 월별 요청 수
calc-wanted-duration = 평균 지속 시간(예: 500ms 또는 0.5s)
calc-wanted-account-limit = 계정 동시성 한도
calc-wanted-reserved = 예약된 동시성
calc-wanted-provisioned = 프로비저닝된 동시성
calc-wanted-shards = 샤드 수
calc-wanted-parallelization = 병렬화 계수(1~10)
calc-wanted-records-per-second = 초당 레코드 수
calc-wanted-write-mb-per-second = 초당 쓰기 속도(MB)
calc-wanted-record-size = 평균 레코드 크기(KB)
calc-wanted-consumers = 소비자 수
calc-wanted-previous-peak = 이전 최대 쓰기 속도(초당 MB)
calc-wanted-rate = 초당 요청(또는 메시지) 수
calc-wanted-batch = 배치당 메시지 수(1~10)
calc-wanted-prefixes = 접두사 수
calc-wanted-number = 숫자

## 생성 연습 문제 (찾아보기의 행, 표시되는 정답)

calc-drill-row = 생성 연습 문제: { $kind }
calc-drill-refused = (정답 없음: 계산기가 이 연습 문제를 거부했습니다)

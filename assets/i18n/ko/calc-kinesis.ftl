# Kinesis Data Streams 계산기: 결과 줄, 계산 과정의 단계, 참고와 입력 필드.
# 숫자는 서식이 적용된 채로 전달됩니다(`1,000`, `3.418`). `$n`은 영어의 복수형을 고르는 개수입니다.
# 한국어는 복수형이 하나이므로 `{ $n -> *[other] ... }`로 같은 인수를 씁니다.

## 다른 메시지 안에 쓰이는 말

calc-kinesis-shards = { $n ->
       *[other] 샤드 { $count }개
    }
calc-kinesis-consumers = { $n ->
       *[other] 소비자 { $count }명
    }
calc-kinesis-readers-fan-out = { $n ->
       *[other] 향상된 팬아웃 소비자 { $count }명
    }
calc-kinesis-readers-shared = { $n ->
       *[other] 공유 처리량 소비자 { $count }명
    }

## 결과 줄

calc-kinesis-headline-records = , 레코드에 { $records }
calc-kinesis-headline-shards = 샤드: { $shards }개(프로비저닝된 모드): 쓰기에 { $write }{ $records }, 읽기에 { $read }({ $readers })
calc-kinesis-headline-on-demand-fits = 온디맨드 모드: 부하를 즉시 받아들입니다(최대 { $capacity } MB/s). 프로비저닝된 스트림에는 { $shards }가 필요합니다
calc-kinesis-headline-on-demand-over = 온디맨드 모드: 즉시 받아들이는 { $capacity } MB/s(읽기는 그 두 배)를 넘습니다: 스트림이 확장되는 동안 조절됩니다. 프로비저닝된 스트림에는 { $shards }가 필요합니다

## 계산 과정의 단계

calc-kinesis-write-rate = 쓰기: { $mb } MB/s
calc-kinesis-rounded-up = , 올림
calc-kinesis-write-record-size = 쓰기: 초당 레코드 { $records }개 x { $kb } KB({ $size }, KB 단위로 올림) = { $kb_per_second } KB/s / 1,024 = { $mb } MB/s{ $exact }
calc-kinesis-shards-for-write = 쓰기: 샤드 하나가 1 MB/s를 받습니다: ceil({ $mb } MB/s / 1 MB/s) = { $shards }
calc-kinesis-shards-for-records = 레코드: 샤드 하나가 초당 레코드 1,000개를 받습니다: ceil({ $records } / 1,000) = { $shards }
calc-kinesis-shards-for-shared-reads = 공유 읽기: { $consumers } x { $write } MB/s = 나가는 데이터 { $read } MB/s. 샤드 하나는 소비자들이 공유하는 2 MB/s를 제공합니다: ceil({ $read } / 2) = { $shards }
calc-kinesis-shards-for-fan-out = 향상된 팬아웃: 소비자 { $consumers }명이 각각 샤드당 전용 2 MB/s를 받습니다: ceil({ $write } MB/s / 2 MB/s) = { $shards }
calc-kinesis-no-consumers = 소비자 없음: 읽기에는 샤드가 필요하지 않습니다
calc-kinesis-step-records = , 레코드 { $records }
calc-kinesis-shards-largest = 샤드 = 쓰기 { $write }{ $records }, 읽기 { $read } 중 가장 큰 값 = { $shards }
calc-kinesis-capacity = { $shards }는 { $write } MB/s와 초당 레코드 { $records }개를 받습니다
calc-kinesis-capacity-fan-out = { $shards }는 { $write } MB/s와 초당 레코드 { $records }개를 받고, 소비자 { $consumers }명에게 각각 전용 { $read } MB/s를 제공합니다
calc-kinesis-capacity-shared = { $shards }는 { $write } MB/s와 초당 레코드 { $records }개를 받고, { $consumers_counted }이 공유하는 { $read } MB/s(각 { $each } MB/s)를 제공합니다
calc-kinesis-on-demand-new = 온디맨드 모드: 새 스트림은 { $capacity } MB/s와 초당 레코드 { $records }개를 즉시 받아들입니다
calc-kinesis-on-demand-peak = 온디맨드 모드: 이전 피크의 두 배까지 즉시 받아들입니다: 2 x { $peak } MB/s = { $capacity } MB/s(초당 레코드 { $records }개, 최소 4 MB/s)
calc-kinesis-load-records = , 초당 레코드 { $records }개({ $capacity }개 중)
calc-kinesis-load-reads = , 공유 읽기 { $read } MB/s({ $capacity } MB/s 중)
calc-kinesis-load = 쓰기 { $write } MB/s({ $capacity } MB/s 중){ $records }{ $reads }
calc-kinesis-load-fits = { $load }: 즉시 받아들입니다
calc-kinesis-load-over = { $load }: 스트림이 즉시 받아들이는 양을 넘습니다. 스트림이 확장되는 동안 초과분은 조절되므로(ProvisionedThroughputExceeded) 다시 시도하십시오
calc-kinesis-over-on-demand-maximum = { $write } MB/s: 온디맨드 스트림이 기본적으로 확장되는 최대치 200 MB/s를 넘습니다(us-east-1, us-west-2, eu-west-1에서는 10 GB/s). 한도 증가를 요청하십시오

## 참고

calc-kinesis-note-shared-polling = 샤드 하나는 소비자들이 공유하는 초당 GetRecords 호출 5회를 처리합니다: 소비자 { $consumers }명은 각각 샤드를 초당 한 번보다 적게 폴링합니다. 향상된 팬아웃은 소비자마다 전용 2 MB/s를 제공합니다
calc-kinesis-note-partition-keys = 이 계산은 파티션 키가 레코드를 고르게 분산한다고 가정합니다. 핫 키는 해당 샤드의 한도를 넘습니다
calc-kinesis-note-on-demand-reads = 온디맨드 스트림의 읽기 용량은 쓰기에 따라 커집니다(새 스트림은 8 MB/s). 향상된 팬아웃 소비자는 전용 처리량을 받습니다
calc-kinesis-note-sources = 출처({ $read } 확인): { $urls }

## 입력 필드: 레이블(최대 12열, 한글은 2열)과 입력할 내용

calc-kinesis-field-write-mb-per-second = 쓰기 MB/s
calc-kinesis-hint-write-mb-per-second = 초당 쓰는 MB
calc-kinesis-field-records-per-second = 초당 레코드
calc-kinesis-hint-records-per-second = 초당 쓰는 레코드 수
calc-kinesis-field-record-size = 레코드 크기
calc-kinesis-hint-record-size = 평균 레코드: 35KB(MB/s와 함께 쓰지 않음)
calc-kinesis-field-consumers = 소비자
calc-kinesis-hint-consumers = 스트림을 읽는 애플리케이션 수(1)
calc-kinesis-field-enhanced-fan-out = 팬아웃
calc-kinesis-hint-enhanced-fan-out = 향상된 팬아웃: yes 또는 no
calc-kinesis-field-mode = 모드
calc-kinesis-hint-mode = provisioned 또는 on-demand
calc-kinesis-field-previous-peak = 이전 피크
calc-kinesis-hint-previous-peak = 온디맨드: 이전 피크 MB/s

# DynamoDB 용량 계산기: 크기를 읽은 방법, 계산 과정의 각 단계, 참고, 결과 줄.
# 숫자는 형식이 정해진 채로 전달됩니다($n, $units: `1,024`). $count는 같은 숫자로, 영어의 복수형을 고를 때 씁니다.

calc-dynamodb-eventual = 최종적으로 일관된 읽기
calc-dynamodb-strong = 강력히 일관된 읽기
calc-dynamodb-transactional = 트랜잭션 읽기
calc-dynamodb-per-read = 읽기 요청당
calc-dynamodb-per-write = 쓰기 요청당
calc-dynamodb-per-request = 요청당
calc-dynamodb-rate-reads = { $count ->
       *[other] 초당 읽기 { $n }회
    }
calc-dynamodb-rate-writes = { $count ->
       *[other] 초당 쓰기 { $n }회
    }
calc-dynamodb-rate-requests = { $count ->
       *[other] 초당 요청 { $n }회
    }
calc-dynamodb-units = { $count ->
       *[other] { $n }단위
    }
calc-dynamodb-items = { $count ->
       *[other] 항목 { $n }개
    }
calc-dynamodb-kb = { $n } KB

## 크기를 읽은 방법

calc-dynamodb-kb-note = DynamoDB의 KB는 1,024바이트
calc-dynamodb-kib-note = KiB = 1,024바이트
calc-dynamodb-mb-note = DynamoDB의 MB는 1,048,576바이트
calc-dynamodb-mib-note = MiB = 1,048,576바이트
calc-dynamodb-read-bytes = { $text } = { $count ->
       *[other] { $n }바이트
    }
calc-dynamodb-read-size = { $text } = { $number } x { $unit } = { $bytes }바이트{ $note }
calc-dynamodb-read-fraction = { $text } = { $number } x { $unit } = { $whole }.{ $digits }바이트, 올림하여 { $bytes }바이트{ $note }

## 계산 과정

calc-dynamodb-item-size = 항목 크기: { $reading }
calc-dynamodb-items-read = 항목: { $reading }
calc-dynamodb-before = 쓰기 전 항목: { $reading }
calc-dynamodb-gsi-projection = GSI { $index } 프로젝션: { $reading }
calc-dynamodb-query-sums = Query: 반환된 항목 전체를 하나의 읽기로 계산합니다. 크기를 더한 다음 4 KB 단위로 한 번 올림합니다
calc-dynamodb-scan-sums = Scan: 스캔이 평가하는 모든 항목을 계산합니다(필터로 제외되는 항목 포함). 크기를 더한 다음 4 KB 단위로 한 번 올림합니다
calc-dynamodb-sizes-times = { $count } x { $bytes } B
calc-dynamodb-the-items = 항목 { $n }개
calc-dynamodb-round-sum = { $sum } = { $total } B; ceil({ $total } B / 4,096 B) = { $units } ({ $kb })
calc-dynamodb-round-up = { $op }: { $kind ->
        [read] 읽기
       *[write] 쓰기
    } 단위 하나는 최대 { $kind ->
        [read] 4 KB
       *[write] 1 KB
    }이고 크기는 올림합니다: ceil({ $size } B / { $unit } B) = { $units }
calc-dynamodb-each-rounds-up = { $op }: { $how ->
        [batch-get] 각 항목을 별도의 GetItem으로 읽어
        [batch-write] 각 넣기나 삭제를 별도의 PutItem 또는 DeleteItem으로 처리해
       *[transaction] 트랜잭션의 각 항목을
    } 항목마다 따로 { $kind ->
        [read] 4 KB
       *[write] 1 KB
    } 단위로 올림합니다
calc-dynamodb-round-group = { $count } x { $size }: ceil({ $bytes } B / { $unit } B) = { $each } ({ $kb })
calc-dynamodb-round-group-each = { $count } x { $size }: ceil({ $bytes } B / { $unit } B) = 각 { $each }, x { $count } = { $units } ({ $kb })
calc-dynamodb-more-sizes = ... 그 밖의 크기 { $n }개
calc-dynamodb-per-item-total = 합계: { $units } ({ $kb })
calc-dynamodb-per-item-total-once = 합계: { $units } ({ $kb }). 합계 { $total } B를 한 번만 올림한 { $once }가 아닙니다(Query와 Scan은 그렇게 계산합니다)
calc-dynamodb-strong-read = 강력히 일관된 읽기: 4 KB당 1단위: { $per } { $units } { $unit }
calc-dynamodb-halve = 최종적으로 일관된 읽기: 4 KB당 절반 단위: { $base } / 2 = { $per } { $units } { $unit }
calc-dynamodb-double-read = 트랜잭션 읽기: 4 KB당 2단위(두 배): { $base } x 2 = { $per } { $units } { $unit }
calc-dynamodb-larger = { $op }: 쓰기 전 항목({ $before } B)과 쓰기 후 항목({ $after } B) 중 큰 쪽을 계산합니다: { $max } B
calc-dynamodb-double-write = 트랜잭션 쓰기는 두 배입니다: { $base } x 2 = 요청당 { $units } { $unit }
calc-dynamodb-standard-write = 표준 쓰기: 1 KB당 1단위: { $per } { $units } { $unit }
calc-dynamodb-times-rate = x { $rate } = { $total } { $unit }/s
calc-dynamodb-times-rate-default = x { $rate }(요청률을 입력하지 않음) = { $total } { $unit }/s
calc-dynamodb-round-up-rcu = 프로비저닝된 RCU는 정수입니다. 초당 합계를 마지막에 한 번 올림합니다: { $total } -> { $capacity } RCU
calc-dynamodb-whole-rcu = 프로비저닝된 RCU는 정수입니다(마지막에 한 번 올림): { $capacity } RCU
calc-dynamodb-on-demand-reads = 온디맨드 모드: 요청은 사용한 만큼 읽기 요청 단위로 청구되며 프로비저닝할 것이 없습니다: { $total } RRU/s
calc-dynamodb-provision-writes = 테이블에 { $total } WCU 프로비저닝
calc-dynamodb-on-demand-writes = 온디맨드 모드: 사용한 만큼 쓰기 요청 단위로 청구됩니다: { $total } WRU/s
calc-dynamodb-gsi-entry = GSI { $index }: 항목을 쓸 때마다 인덱스 항목도 씁니다: ceil({ $bytes } B / 1,024 B) = 항목당 { $units }
calc-dynamodb-gsi-key-change = 쓰기가 인덱스 키를 바꿉니다. 이전 인덱스 항목 삭제 + 새 인덱스 항목 넣기 = 쓰기 2회: 항목당 { $units }
calc-dynamodb-gsi-per-second = x 요청당 { $items } x { $rate } = GSI { $index }에 { $total } { $unit }/s (인덱스에는 자체 쓰기 용량이 있으며, 부족하면 테이블 쓰기가 조절됩니다)
calc-dynamodb-global-table = 리전 { $regions }개의 글로벌 테이블: 모든 쓰기는 각 복제본 리전에 적용되므로 다른 리전 { $others }개가 이를 복제된 쓰기로 받습니다
calc-dynamodb-replicated = { $total } { $unit }/s x { $count ->
       *[other] 다른 리전 { $others }개
    } = 복제된 쓰기 { $replicated } { $replicated_unit }/s. 각 리전은 테이블 쓰기 { $total }/s를 적용합니다
calc-dynamodb-gsi-each-region = 각 리전에는 자체 GSI가 있으므로 각 리전이 GSI 쓰기 { $total } { $unit }/s도 적용합니다
calc-dynamodb-reverse = 역산: { $capacity } { $unit } 프로비저닝됨
calc-dynamodb-most-requests = { $capacity } { $unit } / { $per } { $units } { $unit } = { $rate } (내림: 용량에 맞지 않는 요청은 조절됩니다)

## 참고

calc-dynamodb-paged = 항목 크기의 합계가 { $bytes }바이트로, { $op }이(가) 한 번에 반환하는 1 MB를 넘습니다. DynamoDB는 결과를 페이지로 나누고 페이지마다 따로 올림하므로 실제 비용은 조금 더 클 수 있습니다
calc-dynamodb-strong-not-on-gsi = 강력히 일관된 읽기는 테이블과 로컬 보조 인덱스(LSI)에서만 가능하며 GSI에서는 불가능합니다(GSI는 최종적으로 일관된 읽기만 지원)
calc-dynamodb-consistency-reads-only = 읽기 일관성은 읽기에만 적용됩니다. 쓰기는 표준 쓰기 또는 트랜잭션 쓰기입니다
calc-dynamodb-gsi-standard-rate = GSI 쓰기는 1 KB당 1단위의 표준 요율로 계산했습니다. 트랜잭션이 인덱스에서 소비하는 용량은 ReturnConsumedCapacity로 확인하십시오
calc-dynamodb-global-capacity = 글로벌 테이블은 온디맨드 모드이거나 Auto Scaling을 사용하는 프로비저닝된 용량 모드여야 하며, 복제본의 쓰기 용량 설정이 같아야 합니다
calc-dynamodb-reads-not-replicated = 읽기는 요청을 보낸 리전의 복제본이 처리합니다. 글로벌 테이블이 더하는 것은 복제된 쓰기뿐입니다
calc-dynamodb-gsi-capacity-separate = 각 GSI에는 자체 쓰기 용량이 있습니다. 여기서는 테이블의 WCU에 포함하지 않았습니다

## 결과 줄

calc-dynamodb-provision = -> { $capacity } { $unit } 프로비저닝
calc-dynamodb-reads = 읽기: { $per } { $units } { $unit } ({ $op }, { $consistency }) x { $rate } = { $total } { $unit }/s{ $provision }
calc-dynamodb-writes = 쓰기: { $per } { $units } { $unit } ({ $op }) x { $rate } = { $total } { $unit }/s{ $provision }
calc-dynamodb-gsi = GSI { $index }: { $total } { $unit }/s (프로젝션 { $bytes } B, 항목당 { $count ->
       *[other] 쓰기 { $writes }회
    })
calc-dynamodb-replication = 글로벌 테이블, 리전 { $regions }개: 복제된 쓰기 { $replicated } { $unit }/s. 각 리전은 { $total } { $write_unit }/s를 적용합니다
calc-dynamodb-on-demand = 온디맨드 모드: 요청 단위는 사용한 만큼 청구됩니다
calc-dynamodb-reverse-reads = 읽기: { $capacity } RCU로 최대 { $rate } 처리 ({ $per } { $units } RCU, { $op }, { $consistency })
calc-dynamodb-reverse-writes = 쓰기: { $capacity } WCU로 최대 { $rate } 처리 ({ $per } { $units } WCU, { $op })

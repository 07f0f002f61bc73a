# EC2 인스턴스 유형 해석기와 이름 구성기: 해석 결과의 줄(최대 11열의 레이블, 그다음 값), 이름 구성 단계, 참고.

calc-ec2-known = { $name }: 실제 인스턴스 유형입니다(EC2 API 목록에 있음)
calc-ec2-not-known = { $name }: 인스턴스 유형 목록에 없습니다
calc-ec2-did-you-mean = { $name }: 인스턴스 유형 목록에 없습니다. 다음 이름을 찾으셨습니까? { $names }
calc-ec2-label-family = 패밀리
calc-ec2-label-series = 시리즈
calc-ec2-label-category = 범주
calc-ec2-label-generation = 세대
calc-ec2-label-processor = 프로세서
calc-ec2-label-size = 크기
calc-ec2-label-unknown = 알 수 없음
calc-ec2-label-vcpus = vCPU
calc-ec2-label-memory = 메모리
calc-ec2-label-network = 네트워크
calc-ec2-label-storage = 스토리지
calc-ec2-label-accelerators = 가속기
calc-ec2-label-hardware = 하드웨어
calc-ec2-label-read = 읽은 날짜
calc-ec2-label-option = 옵션 { $code }
calc-ec2-family = { $family } (점 앞의 전부)
calc-ec2-unknown-series = { $code }: 알 수 없는 시리즈
calc-ec2-no-processor = 이름에도, 여기서 읽은 가이드 페이지에도 나와 있지 않음
calc-ec2-unknown-capability = 알 수 없음: 이를 설명하는 명명 규칙이 없음
calc-ec2-unknown-size = 알 수 없는 크기
calc-ec2-note = 참고: { $note }
calc-ec2-gib = { $n } GiB
calc-ec2-no-network = 가이드의 네트워크 표에 없음(향상된 네트워킹을 지원하는 유형만 나열됨)
calc-ec2-revision = { $read } (가이드의 { $revision } 개정판)
calc-ec2-build = 이름 구성:
calc-ec2-prompt = 해석할 인스턴스 유형 이름이나, 이름을 구성할 요구 사항을 입력하십시오.

## 범주

calc-ec2-general-purpose = 범용
calc-ec2-compute-optimized = 컴퓨팅 최적화
calc-ec2-memory-optimized = 메모리 최적화
calc-ec2-storage-optimized = 스토리지 최적화
calc-ec2-accelerated-computing = 가속화된 컴퓨팅
calc-ec2-hpc = 고성능 컴퓨팅

## 요구 사항으로 이름 구성

calc-ec2-category-series = { $category }: 시리즈 { $series }
calc-ec2-processor-letter = { $name }: 프로세서 문자 { $letter }
calc-ec2-option-letter = { $meaning }: 문자 { $letter }
calc-ec2-suffix-part = { $meaning }: 하이픈 뒤의 -{ $part }
calc-ec2-size = 크기 { $size }: { $meaning }
calc-ec2-generation-slot = <세대>
calc-ec2-pattern = 따라서 이름은 { $pattern } 형태입니다
calc-ec2-pattern-star = 따라서 이름은 { $pattern } 형태입니다(*는 그 밖의 임의의 문자)
calc-ec2-unjudged = { $count ->
       *[other] 이 문자를 가진 이름 { $n }개는 여기에 하드웨어 데이터가 없어(읽은 가이드 표에 없음) 제외했습니다
    }
calc-ec2-no-match = 목록에 정확히 이 문자를 가진 인스턴스 유형이 없습니다
calc-ec2-matches = 실제 이름: { $names }
calc-ec2-matches-more = 실제 이름: { $names } 외 { $more }개

## 프로세서를 알려 주는 부분, 하드웨어

calc-ec2-from-series = 시리즈 { $series }
calc-ec2-from-letter = 문자 { $letter }
calc-ec2-from-guide = 가이드의 패밀리별 프로세서 목록
calc-ec2-network-up-to = { $text } (버스트 시 { $gbps } Gbps)
calc-ec2-network-in-all = { $text } (합계 { $gbps } Gbps)
calc-ec2-network-no-number = { $text } (가이드에 이 이전 유형의 수치가 없음)
calc-ec2-net-gigabit = { $n }기가비트
calc-ec2-net-up-to-gigabit = 최대 { $n }기가비트
calc-ec2-net-links = { $links }x { $n }기가비트
calc-ec2-net-very-low = 매우 낮음
calc-ec2-net-low = 낮음
calc-ec2-net-low-to-moderate = 낮음~중간
calc-ec2-net-moderate = 중간
calc-ec2-net-high = 높음
calc-ec2-ebs-only = EBS 전용(인스턴스 스토어 없음)
calc-ec2-volumes = { $volumes } x { $gb } GB { $medium }
calc-ec2-volumes-in-all = { $volumes } x { $gb } GB { $medium } (합계 { $total } GB)
calc-ec2-gpu = { $count ->
       *[other] GPU
    }
calc-ec2-inferentia = { $count ->
       *[other] 추론 칩
    }
calc-ec2-trainium = { $count ->
       *[other] 훈련 칩
    }
calc-ec2-fpga = { $count ->
       *[other] FPGA
    }
calc-ec2-gaudi = { $count ->
       *[other] 딥 러닝 가속기
    }
calc-ec2-media = { $count ->
       *[other] 미디어 가속기
    }
calc-ec2-accelerators = { $count } x { $maker } { $model } { $noun }
calc-ec2-accelerators-each = { $count } x { $maker } { $model } { $noun } (각 { $memory })
calc-ec2-family-not-in-guide = 여기서 읽은 가이드 표에 없음(패밀리가 읽은 개정판보다 새롭거나 표에 실린 적이 없음)
calc-ec2-size-not-in-guide = 이 패밀리의 가이드 표에 이 크기가 없음
calc-ec2-want-accelerator = { $noun }: 가이드의 패밀리 표로 판단하고, 없으면 시리즈로 판단(p와 g는 GPU, inf는 Inferentia, trn은 Trainium, f는 FPGA)
calc-ec2-want-arm = Arm: AWS Graviton 또는 Apple 실리콘 프로세서
calc-ec2-want-x86 = x86: Intel 또는 AMD 프로세서
calc-ec2-want-memory = 메모리 { $gib } GiB 이상(가이드 표 기준)
calc-ec2-want-vcpus = vCPU { $n }개 이상(가이드 표 기준)
calc-ec2-no-series = (시리즈 문자 없음)
calc-ec2-no-size = (크기 없음: 이름은 FAMILY.SIZE 형식)

## 참고

calc-ec2-legacy-series = 시리즈 `{ $series }`는 현재 AWS 명명 표에 없습니다. 의미는 이전 AWS 페이지에서 가져왔습니다
calc-ec2-no-generation = 이름에 세대 번호가 없습니다
calc-ec2-generation-after-memory = 이전 이름 `{ $family }`에서는 세대({ $generation })가 메모리 크기 뒤에 옵니다

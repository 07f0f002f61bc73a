# 명령줄 도움말(`awsdrill --help`, `awsdrill exam start -h`)과 명령줄 구문 분석 오류.
# 키는 명령 트리에서 만들어집니다(src/cli/help.rs): 명령은 cli-help-about-<명령 경로>, 인수는
# cli-help-arg-<명령 경로>-<인수 ID> 또는 모든 명령이 함께 쓰는 cli-help-arg-<인수 ID>, 값은
# cli-help-value-<인수 ID>-<값>, 옵션 뒤의 글은 cli-help-after-<명령 경로>입니다.

## 명령과 인수

cli-help-about = AWS Certified Developer - Associate 시험(DVA-C02)을 위한 터미널 학습 및 시험 연습 도구
cli-help-about-lint = 콘텐츠 팩(기본 제공 팩 또는 지정한 파일과 폴더)을 검사하고 모든 문제를 보고합니다
cli-help-about-due = 지금과 오늘 중에 복습할 카드를 팩별로, 그리고 전체로 보여 줍니다
cli-help-about-stats = 일별 답변, 실제 기억률, 상태별 카드, 예측과 시험 기록을 보여 줍니다
cli-help-about-exam = 모의고사: 시작, 출제 미리 보기, 지난 응시 목록, 결과 보고서
cli-help-about-exam-start = 새 시험을 시작한 상태로 앱을 엽니다
cli-help-value-mode-full = 청사진의 문제 수와 시간
cli-help-value-mode-quick = 10문제, 시간 제한 없음
cli-help-value-mode-practice = 문제마다 답과 해설 표시, 시간 제한 없음
cli-help-value-mode-weak = 지난 응시에서 가장 많이 틀린 작업 설명에서 뽑은 연습(--count 문제)
cli-help-value-domain-development = 도메인 1: AWS 서비스를 사용한 개발
cli-help-value-domain-security = 도메인 2: 보안
cli-help-value-domain-deployment = 도메인 3: 배포
cli-help-value-domain-troubleshooting = 도메인 4: 문제 해결 및 최적화
cli-help-about-exam-draw = 시험을 시작하지 않고, 시험에 출제될 문제를 출력합니다(--seed를 주면 매번 같음)
cli-help-about-exam-history = 모든 응시(진행 중, 제출됨, 폐기됨)를 점수와 함께 오래된 순으로 나열합니다
cli-help-about-exam-report = 한 응시의 결과를 보여 줍니다: 점수, 예상 점수, 도메인, 작업 설명과 모든 문제
cli-help-about-exam-discard = 끝나지 않은 시험을 폐기합니다: 폐기됨으로 보관되며 채점, 집계, 재개되지 않습니다
cli-help-about-study = 사용자 지정 학습: 고른 카드를 예약을 바꾸지 않고 지금 학습합니다(또는 --list로 나열)
cli-help-about-optimize = FSRS 스케줄러의 파라미터를 복습 기록에 맞춥니다
cli-help-about-backup = 지금 저장소를 백업합니다(매일 첫 시작 때도 백업이 하나 만들어집니다)
cli-help-about-restore = 확인 후 저장소를 백업으로 바꿉니다. 현재 저장소는 먼저 따로 보관됩니다
cli-help-about-export = 학습 진행 상황(카드 상태, 복습 기록, 시험 응시)을 JSON으로 씁니다
cli-help-about-import = 내보내기 파일에서 진행 상황을 더합니다. 같은 파일을 두 번 가져와도 바뀌는 것은 없습니다
cli-help-about-paths = 설정, 저장소, 사용자 팩과 백업이 있는 위치를 출력합니다
cli-help-about-calc = 계산 과정을 보여 주는 계산기(DynamoDB 용량 단위와 요청 단위, EC2 인스턴스 유형)
cli-help-about-calc-dynamodb = 작업별 및 초당 DynamoDB 읽기/쓰기 용량 단위(또는 요청 단위)를 계산 과정과 함께 보여 줍니다. --rcu/--wcu를 주면 대신 초당 최대 요청 수를 보여 줍니다
cli-help-after-calc-dynamodb = 예:
      awsdrill calc dynamodb --item-size 6.5KB --reads 80 --consistency eventual
      awsdrill calc dynamodb --operation batch-get-item --items 1.5KB,6.5KB --reads 10
      awsdrill calc dynamodb --operation query --items 1500x64B --reads 5 --consistency strong
      awsdrill calc dynamodb --item-size 2KB --writes 100 --gsi 512B --regions 3
      awsdrill calc dynamodb --item-size 6.5KB --rcu 80 --wcu 10
    
    크기: B, KB(DynamoDB의 KB는 1,024바이트), KiB, MB, MiB. 항목은 최대 400KB입니다.
    종료 상태: 0 완료, 1 잘못된 입력(메시지가 플래그를 알려 줌), 2 실행할 수 없음.
cli-help-about-calc-ec2 = EC2 인스턴스 유형 이름을 해석하거나, 요구 사항으로 이름을 구성합니다(`awsdrill decode`와 같음)
cli-help-about-decode = EC2 인스턴스 유형 이름을 해석하거나, 요구 사항으로 이름을 구성합니다
cli-help-after-decode = 예:
      awsdrill decode c7i-flex.large r7iz.metal-16xl u7in-32tb.224xlarge
      awsdrill decode m7gd.2xlarg            (오타: 비슷한 실제 이름을 제안합니다)
      awsdrill decode --build "memory optimized, graviton, nvme, 2xlarge"
      awsdrill decode --build "gpu, at least 64 GiB"
    
    명명 규칙으로 설명되지 않는 문자는 추측하지 않고 알 수 없음으로 보고합니다.
    종료 상태: 0 완료(없는 이름에도), 1 잘못된 입력, 2 실행할 수 없음.
cli-help-about-iam = IAM 정책 실습: 정책에 대해 요청을 평가하고 결정을 설명하며, 정책을 검증합니다
cli-help-about-iam-eval = 정책에 대해 요청을 평가합니다: Allow, 명시적 Deny 또는 암시적 Deny, 결정한 문과 AWS 평가 흐름의 경로
cli-help-after-iam-eval = 예:
      awsdrill iam eval --identity example:carlos-identity --resource-policy example:carlos-bucket-policy \
          --principal arn:aws:iam::123456789012:user/carlossalazar --action s3:PutObject \
          --resource arn:aws:s3:::carlossalazar-logs/today.log
      awsdrill iam eval --identity role.json --boundary boundary.json --scp full.json --scp regions.json \
          --principal arn:aws:sts::111122223333:assumed-role/Dev/alice --action ec2:RunInstances \
          --resource '*' --context aws:RequestedRegion=us-east-1 --context aws:MultiFactorAuthPresent=true
    
    FILE은 경로 또는 example:NAME입니다(`awsdrill iam example` 참조). 주지 않은 컨텍스트 키는 없는 것으로 봅니다.
    aws:PrincipalArn, aws:PrincipalAccount, aws:PrincipalType과 (IAM 사용자의 경우) aws:username은
    따로 주지 않으면 --principal에서 구합니다. 쉼표가 있는 값은 다중 값입니다: aws:TagKeys=a,b.
    모든 --scp 파일은 한 수준에 연결됩니다: 허용은 합쳐집니다.
    종료 상태: 0 허용, 1 거부(명시적 또는 암시적), 2 잘못된 입력.
cli-help-about-iam-check = 정책 파일을 검증합니다: 모든 문제를 file:line:col과 캐럿으로 보여 줍니다
cli-help-about-iam-example = 기본 제공 예제 정책을 나열하거나 하나를 출력합니다(FILE 자리에 `example:NAME`으로 사용)
cli-help-about-anki = Anki 패키지: 카드를 노트로 내보내거나, Basic 및 Cloze 노트를 팩으로 가져옵니다
cli-help-about-anki-export = 카드를 Anki 패키지(.apkg)로 씁니다: 기본 및 숫자 카드는 Basic 노트로, 빈칸 카드는 Cloze 노트로. 다시 내보내면 Anki의 노트가 업데이트됩니다
cli-help-value-text-en = 영어
cli-help-value-text-ko = 카드에 한국어가 있으면 한국어, 없으면 영어
cli-help-value-text-both = 영어, 그리고 한국어 필드에 한국어
cli-help-about-anki-import = Anki 패키지(.apkg)의 Basic 및 Cloze 노트로 사용자 팩을 만듭니다
cli-help-about-csv = 스프레드시트용 CSV: 카드를 내보내거나, 행을 팩으로 가져옵니다
cli-help-about-csv-export = 카드를 카드당 한 행의 CSV로 씁니다: id, kind, front, back, note, tags, source, domain, group과 한국어 텍스트
cli-help-about-csv-import = 머리글 행이 있는 CSV 파일로 사용자 팩을 만듭니다(`front`만 필수)
cli-help-about-completions = bash, zsh, fish, elvish 또는 powershell용 셸 자동 완성을 출력합니다
cli-help-arg-action = 작업, service:Action 형식(s3:GetObject)
cli-help-arg-boundary = 보안 주체의 권한 경계
cli-help-arg-build = 대신 요구 사항으로 이름을 구성합니다. 쉼표로 구분: 범주(general, compute, memory, storage, accelerated, hpc), 프로세서(amd, graviton, intel), 기능(nvme, network, ebs, extra, high frequency, qualcomm, flex), 크기, 하드웨어(gpu, inferentia, trainium, fpga, arm, x86, at least 16 GiB, at least 8 vCPUs)
cli-help-arg-config = 기본 config.toml 대신 이 파일에서 설정을 읽습니다 [환경 변수: AWSDRILL_CONFIG]
cli-help-arg-consistency = 읽기 방식: eventual, strong 또는 transactional [기본값: eventual]
cli-help-arg-context = 컨텍스트 키와 값: aws:SourceIp=203.0.113.7, aws:TagKeys=a,b(반복 가능)
cli-help-arg-count = 연습 및 취약 분야: 문제 수
cli-help-arg-data_dir = 기본 위치 대신 이 데이터 디렉터리(저장소, 백업, 사용자 팩)를 사용합니다 [환경 변수: AWSDRILL_DATA_DIR]
cli-help-arg-domain = 연습: 이 도메인만
cli-help-arg-study-domain = 이 시험 도메인의 카드: development, security, deployment, troubleshooting(또는 1-4)
cli-help-arg-dry_run = 계산하고 비교하지만 저장하지 않습니다
cli-help-arg-exam = 시험 청사진(content/exams/의 파일)의 ID
cli-help-arg-restore-file = 백업 파일(백업 폴더는 `awsdrill paths`로 확인)
cli-help-arg-export-file = 쓸 파일. 생략하거나 `-`이면 표준 출력
cli-help-arg-import-file = 내보내기 파일
cli-help-arg-anki-export-file = 쓸 패키지(.apkg)
cli-help-arg-anki-import-file = Anki 패키지(.apkg 또는 .colpkg)
cli-help-arg-csv-export-file = 쓸 파일. `-`이면 표준 출력
cli-help-arg-csv-import-file = CSV 파일
cli-help-arg-files = 정책 파일(또는 example:NAME)
cli-help-arg-force = 새 파라미터가 기록에 더 잘 맞지 않아도 저장합니다
cli-help-arg-gsi = 항목이 프로젝션되는 글로벌 보조 인덱스(GSI)와 프로젝션된 크기. GSI가 여럿이면 플래그를 반복하거나 크기를 쉼표로 구분합니다
cli-help-arg-gsi_key_change = 쓰기가 GSI 키 속성을 바꿉니다: 각 인덱스는 항목당 쓰기 두 번을 받습니다(이전 항목 삭제, 새 항목 추가)
cli-help-arg-exam-report-id = 응시 번호(`awsdrill exam history` 참조)
cli-help-arg-exam-discard-id = 응시 번호(기본값: 끝나지 않은 시험)
cli-help-arg-identity = 보안 주체의 자격 증명 기반 정책(하나 이상)
cli-help-arg-item_size = 항목 크기: 6.5KB, 4097B, 2KiB(최대 400KB)
cli-help-arg-items = 배치, Query, Scan 또는 트랜잭션의 항목들, 쉼표로 구분. COUNTxSIZE는 크기를 반복합니다: 1.5KB,6.5KB 또는 1500x64B
cli-help-arg-lint-json = 검사 결과와 팩별 개수를 JSON으로 출력합니다
cli-help-arg-json = 텍스트 대신 JSON을 출력합니다
cli-help-arg-study-json = --list와 함께: JSON을 출력합니다
cli-help-arg-calc-dynamodb-json = JSON을 출력합니다(필드는 README에 설명)
cli-help-arg-decode-json = JSON을 출력합니다(필드는 README에 설명)
cli-help-arg-iam-eval-json = JSON을 출력합니다(필드는 README에 설명)
cli-help-arg-iam-check-json = 검사 결과를 JSON으로 출력합니다
cli-help-arg-anki-import-json = 보고서를 JSON으로 출력합니다
cli-help-arg-lang = 카드와 문제를 이 언어로 보여 줍니다: auto(LC_ALL, LC_MESSAGES 또는 LANG에서), en 또는 ko. 설정의 `language` 대신 사용합니다
cli-help-arg-leeches = 거머리(leech) 카드, 일시 중지된 카드 포함
cli-help-arg-list = 앱을 여는 대신 카드를 출력합니다
cli-help-arg-missed = 마지막 모의고사에서 틀린 문제의 카드
cli-help-arg-mode = full(65문제, 130분), quick(10문제, 시간 제한 없음) 또는 practice(문제마다 답 표시)
cli-help-arg-name = 출력할 예제
cli-help-arg-names = 인스턴스 유형 이름, 예: m7gd.2xlarge 또는 c7i-flex.large
cli-help-arg-new_store = 저장소 파일이 없거나 비어 있고 백업이 있어도 비어 있는 새 저장소로 시작합니다(이 옵션이 없으면 awsdrill은 거부하고 복원할 백업을 알려 줍니다)
cli-help-arg-on_demand = 온디맨드 모드: 프로비저닝된 용량 단위(RCU, WCU) 대신 요청 단위(RRU, WRU)
cli-help-arg-operation = get-item, put-item, update-item, delete-item, batch-get-item, batch-write-item, query, scan, transact-get-items 또는 transact-write-items [기본값: --reads이면 get-item, --writes이면 put-item]
cli-help-arg-pack = 이 팩의 카드(팩 ID, 예: lambda. --pack은 팩 파일을 불러옵니다)
cli-help-arg-anki-import-pack_id = 새 팩의 ID(영문 소문자, 숫자, 하이픈). 없으면 파일 이름에서
cli-help-arg-csv-import-pack_id = 새 팩의 ID(영문 소문자, 숫자, 하이픈)
cli-help-arg-pack_ids = 이 팩만 내보냅니다(반복 가능). 없으면 불러온 모든 팩
cli-help-arg-packs = 이 팩 파일이나 팩 폴더도 불러옵니다(반복 가능)
cli-help-arg-paths = 검사할 팩 파일이나 폴더. 없으면 기본 제공 팩을 검사합니다
cli-help-arg-policy_type = 정책 유형. Principal이 필요한지 거부되는지를 결정합니다
cli-help-arg-previous_size = 항목을 대체하는 PutItem이나 UpdateItem의 경우: 쓰기 전 항목 크기(쓰기 전과 후 중 큰 쪽이 계산됨)
cli-help-arg-principal = 요청자: IAM 사용자, 역할, 역할 수임 세션, 페더레이션 사용자 또는 루트의 ARN
cli-help-arg-rcp = 리소스 계정의 리소스 제어 정책(RCP)(RCPFullAWSAccess는 항상 연결됨)
cli-help-arg-rcu = 역방향 모드: 프로비저닝된 RCU. 초당 최대 읽기 수를 출력합니다
cli-help-arg-reads = 초당 읽기 요청 수
cli-help-arg-regions = 글로벌 테이블: 복제본이 있는 리전 수 [기본값: 1]
cli-help-arg-resource = 리소스 ARN, 리소스가 없는 작업이면 *
cli-help-arg-resource_account = ARN에 계정이 없는 리소스(S3)를 소유한 계정(보안 주체의 계정이 아닐 때)
cli-help-arg-resource_policy = 리소스의 리소스 기반 정책(버킷 정책, 키 정책 등)
cli-help-arg-scp = 보안 주체 계정의 서비스 제어 정책(SCP), 모두 한 수준
cli-help-arg-search = Browse 검색으로 찾은 카드(단어와 pack: kind: state: domain: service: tag:)
cli-help-arg-seed = 무작위 출제의 시드: 같은 시드는 같은 문제를 같은 순서로 출제합니다
cli-help-arg-service = 연습: 이 서비스에 관한 문제만, 예: Lambda
cli-help-arg-services = 팩이 다루는 AWS 서비스(반복 가능). 없으면 `AWS`
cli-help-arg-session = 역할 또는 페더레이션 사용자 세션을 만들 때 전달한 세션 정책
cli-help-arg-shell = 셸
cli-help-arg-anki-import-source = 카드의 출처 https 페이지. 출처를 밝히지 않은 노트에 쓰입니다(팩의 모든 카드는 출처를 밝힙니다)
cli-help-arg-csv-import-source = 카드의 출처 https 페이지. `source`가 비어 있는 행에 쓰입니다
cli-help-arg-stats = 팩별 통계도 출력합니다: 종류별 카드, 도메인별 문제, 정답 위치, 한국어 번역 비율
cli-help-arg-tag = 이 태그가 붙은 카드
cli-help-arg-task = 연습: 시험 안내서의 이 작업 설명만, 예: 1.2
cli-help-arg-study-task = 이 작업 설명의 시험 문제에 연결된 카드, 예: 1.2
cli-help-arg-text = 노트의 텍스트: en, ko(카드에 한국어가 있으면 한국어) 또는 both(한국어는 별도 필드). 없으면 `--lang`의 언어, 그것도 없으면 영어
cli-help-arg-anki-import-title = 팩 제목. 없으면 `Anki: 파일 이름`
cli-help-arg-csv-import-title = 팩 제목. 없으면 `CSV: 파일 이름`
cli-help-arg-wcu = 역방향 모드: 프로비저닝된 WCU. 초당 최대 쓰기 수를 출력합니다
cli-help-arg-writes = 초당 쓰기 요청 수
cli-help-arg-yes = 확인을 묻지 않습니다
cli-help-calc-json = JSON을 출력합니다

## clap 자체의 말(한국어에서 사용, 영어는 clap의 말 그대로)

cli-help-usage = 사용법:
cli-help-commands = 명령:
cli-help-arguments = 인수:
cli-help-options = 옵션:
cli-help-options-tag = [옵션]
cli-help-command-name = 명령
cli-help-flag-help = 도움말을 출력합니다
cli-help-flag-help-short = 도움말을 출력합니다('--help'로 자세히 보기)
cli-help-flag-help-long = 도움말을 출력합니다('-h'로 요약 보기)
cli-help-flag-version = 버전을 출력합니다
cli-help-help-about = 이 도움말이나 지정한 하위 명령의 도움말을 출력합니다
cli-help-help-arg = 이 하위 명령의 도움말을 출력합니다
cli-help-default = 기본값: { $value }
cli-help-possible-values = 가능한 값: { $values }
cli-help-possible-values-list = 가능한 값:
cli-help-subcommands-list = 하위 명령: { $values }

## 구문 분석 오류

cli-help-error = 오류:
cli-help-error-unknown-argument = 알 수 없는 인수입니다: { $arg }
cli-help-error-unknown-subcommand = 알 수 없는 하위 명령입니다: { $name }
cli-help-error-missing-required = 다음 필수 인수가 없습니다:
cli-help-error-missing-subcommand = { $name }에는 하위 명령이 필요하지만 주어지지 않았습니다
cli-help-error-missing-value = { $arg }에 값이 필요하지만 주어지지 않았습니다
cli-help-error-invalid-value = { $arg }의 값 { $value }이(가) 올바르지 않습니다
cli-help-error-too-many-values = { $arg }에 예상하지 못한 값이 있습니다: { $value }. 더 받을 값이 없습니다
cli-help-error-number-of-values = { $arg }에는 값이 { $want }개 필요하지만 { $got }개가 주어졌습니다
cli-help-error-argument-twice = 인수 { $arg }은(는) 한 번만 쓸 수 있습니다
cli-help-error-conflict = 인수 { $arg }은(는) 다음과 함께 쓸 수 없습니다: { $others }
cli-help-error-other-arguments = 지정한 다른 인수
cli-help-error-no-equals = { $arg }에 값을 줄 때는 등호(=)가 필요합니다
cli-help-error-other = 명령줄을 읽을 수 없습니다({ $detail })
cli-help-tip = 참고:
cli-help-tip-subcommand = 비슷한 하위 명령이 있습니다: { $names }
cli-help-tip-argument = 비슷한 인수가 있습니다: { $names }
cli-help-tip-value = 비슷한 값이 있습니다: { $names }
cli-help-tip-as-value = { $arg }을(를) 값으로 주려면 { $example }처럼 쓰십시오
cli-help-tip-remove-dashes = 하위 명령 { $name }이(가) 있습니다. 쓰려면 앞의 '--'를 지우십시오
cli-help-try-help = 자세한 내용은 { $help }를 사용하십시오.
cli-help-number-empty = 값이 비어 있습니다
cli-help-number-invalid = 정수가 아닙니다
cli-help-number-too-large = 수가 너무 큽니다

## 값 구문 분석기

cli-help-bad-lang = `{ $value }`은(는) awsdrill의 언어가 아닙니다: auto, en 또는 ko를 지정하십시오
cli-help-one-of = 다음 중 하나여야 합니다: { $values }
cli-help-not-in-range = { $value }은(는) { $min }~{ $max } 범위에 있지 않습니다

# 명령을 실행할 수 없을 때 보이는 오류: 파일과 폴더, 설정 파일, 저장소.

## 파일과 폴더

errors-cannot-create-lock = 잠금 파일 { $path }을(를) 만들 수 없습니다
errors-cannot-open = { $path }을(를) 열 수 없습니다
errors-in-use = 다른 awsdrill이 이미 { $dir }을(를) 사용하고 있습니다(먼저 닫으십시오. due, stats처럼 읽기만 하는 명령은 함께 실행할 수 있습니다).
errors-cannot-lock = { $path }을(를) 잠글 수 없습니다
errors-cannot-create-data-dir = 데이터 디렉터리 { $dir }을(를) 만들 수 없습니다(읽기 전용입니까?)
errors-not-regular = { $path }: { $what }이(가) 일반 파일이 아닙니다(폴더, 장치, 파이프 또는 소켓).
errors-io-not-found = 파일이나 폴더가 없습니다
errors-io-permission-denied = 권한이 없습니다
errors-io-link-loop = 심볼릭 링크 단계가 너무 많습니다(링크 순환)
errors-io-already-exists = 같은 이름의 파일이나 폴더가 이미 있습니다
errors-io-read-only = 파일 시스템이 읽기 전용입니다
errors-io-storage-full = 디스크가 가득 찼습니다
errors-io-quota = 디스크 할당량을 모두 사용했습니다
errors-io-is-a-folder = 파일이 아니라 폴더입니다
errors-io-not-a-folder = 경로의 일부가 폴더가 아니라 파일입니다
errors-io-folder-not-empty = 폴더가 비어 있지 않습니다
errors-io-file-too-large = 파일 시스템이 허용하는 것보다 파일이 큽니다
errors-io-busy = 파일이나 장치가 사용 중입니다
errors-io-invalid-name = 이 파일 시스템에서 쓸 수 없는 파일 이름입니다
errors-io-other = 운영 체제 오류({ $os })
errors-no-home = 홈 디렉터리를 찾을 수 없습니다. --data-dir DIR을 지정하십시오

## 저장소

errors-store-read-only = 저장소: { $path }에 쓸 수 없습니다. 디렉터리나 파일이 읽기 전용입니다(권한을 확인하거나 --data-dir을 지정하십시오).
errors-store-not-a-file = 저장소: { $path }은(는) 저장소 파일이 아니라 { $what }입니다. 다른 곳으로 옮기거나 --data-dir을 지정하십시오.
errors-what-fifo = 이름 있는 파이프(FIFO)
errors-what-socket = 소켓
errors-what-device = 장치
errors-what-folder = 폴더
errors-what-other = 일반 파일이 아닌 것
errors-store-not-a-database = 저장소: { $path }은(는) awsdrill 데이터베이스가 아닙니다(손상되었거나 다른 파일일 수 있습니다). 다른 곳으로 옮기거나 백업을 복원하십시오.
errors-store-newer-schema = 저장소: { $path }의 스키마 버전 { $found }은(는) 이 awsdrill이 지원하는 버전({ $supported })보다 새롭습니다. awsdrill을 업데이트하십시오.
errors-store-corrupt = 저장소: { $path }이(가) 손상되었습니다(SQLite가 잘못된 데이터베이스, awsdrill이 쓰지 않는 값 또는 읽기 실패를 보고했습니다). `awsdrill restore FILE`로 백업을 복원하십시오(`awsdrill paths`로 백업 위치를 확인할 수 있습니다).
errors-store-disk-full = 저장소: { $path }이(가) 있는 디스크가 가득 찼습니다. 공간을 확보한 후 다시 시도하십시오(아무것도 저장하지 않았습니다).
errors-store-locked = 저장소: 다른 프로그램이 { $path }을(를) 잠갔습니다. 다른 awsdrill 창을 닫고 다시 시도하십시오.
errors-store-sqlite = 저장소: { $error }

## 열기: 설정 파일, 사라진 저장소, 불러오지 못한 팩

errors-what-settings = 설정 파일
errors-settings-missing = { $file }: --config(또는 AWSDRILL_CONFIG)로 지정한 설정 파일이 없습니다.
errors-cannot-read = { $path }을(를) 읽을 수 없습니다
errors-cannot-write = { $path }에 쓸 수 없습니다
errors-cannot-replace = { $path }을(를) 바꿀 수 없습니다
errors-settings-invalid = 설정 파일에 오류가 있습니다. 오류를 고치거나 파일을 다른 곳으로 옮기십시오:

    { $findings }
errors-lost-store = 저장소: { $store }이(가) 없거나 비어 있지만 { $backups }에 백업이 있습니다.
    손상되지 않은 가장 최근 백업은 { $backup }입니다. 이 백업으로 되돌리려면: awsdrill restore { $backup }
    대신 비어 있는 새 저장소로 시작하려면: awsdrill --new-store
errors-states-failed = 카드 상태를 읽지 못했습니다
errors-packs-not-loaded = 팩 파일 { $n }개에 오류가 있어 불러오지 않았습니다: { $files }(awsdrill lint로 확인하십시오)
errors-no-store-yet = 아직 { $store }에 저장소가 없습니다(지금까지 학습한 것이 없으며, 이 명령은 아무것도 만들지 않았습니다). 시작하려면 awsdrill을 실행하십시오. 앱이 저장소를 만듭니다.

## import가 거부하는 내보내기 파일(레코드, 그다음 필드)

errors-export-format = `format`이(가) { $want }이(가) 아니라 { $found }입니다
errors-export-version = `version`이(가) { $found }입니다. 이 awsdrill은 버전 { $want }을(를) 읽습니다
errors-export-card = { $at }: item_id는 비어 있으면 안 되고 state는 0~3이어야 합니다
errors-export-review = { $at }: item_id는 비어 있으면 안 되고 rating은 1~4, state_before는 0~3이어야 합니다
errors-export-review-days = { $at }: elapsed_days와 interval_days는 숫자여야 합니다
errors-export-custom = { $at }: item_id는 비어 있으면 안 되고 rating은 1~4, duration_ms는 0 이상이어야 합니다
errors-export-total = { $at }: total은 { $total }인데 답변은 { $answers }개입니다
errors-export-negative = { $at }: `{ $field }`이(가) { $value }입니다. 0 이상이어야 합니다
errors-export-empty = { $at }: `{ $field }`은(는) 비어 있으면 안 됩니다
errors-export-time-limit = { $at }: `time_limit_s`가 { $value }입니다. 0보다 크거나, 시간 제한이 없는 시험이면 null이어야 합니다
errors-export-score = { $at }: `score`가 { $value }입니다. 0에서 `total`({ $total }) 사이여야 합니다
errors-export-position = { $at }: `position`이 { $value }입니다. 위치는 0~{ $max }이고 각각 한 번만 써야 합니다
errors-export-no-choices = { $at }: `choice_order`에 표시한 선택지가 있어야 합니다
errors-export-not-shown = { $at }: `{ $field }`의 { $choice }이(가) `choice_order`({ $order })에 없습니다
errors-export-not-choices = { $at }: `{ $field }`이(가) { $value }입니다. 쉼표로 구분한 선택지 번호여야 합니다
errors-export-twice = { $at }: `{ $field }`에 { $choice }이(가) 두 번 있습니다
errors-export-stability = { $at }: `stability`가 { $value }입니다. 0보다 큰 일수여야 합니다
errors-export-difficulty = { $at }: `difficulty`가 { $value }입니다. 1~10이어야 합니다

## 구문 분석기의 메시지 (JSON, zip, TOML)

errors-parser-missing-field = 필드 `{ $name }`이(가) 없습니다
errors-parser-unknown-field = 알 수 없는 필드 `{ $name }`입니다
errors-parser-duplicate-field = 필드 `{ $name }`이(가) 두 번 있습니다
errors-parser-unknown-value = 알 수 없는 값 `{ $name }`입니다
errors-parser-invalid-type = 값의 형식이 맞지 않습니다({ $detail })
errors-parser-invalid-value = 잘못된 값입니다({ $detail })
errors-parser-type-mismatch = 값의 형식이 맞지 않습니다(필요한 형식: { $expected }, 실제 값: { $found })
errors-parser-value-mismatch = 잘못된 값입니다(필요한 값: { $expected }, 실제 값: { $found })
errors-parser-found-boolean = 불리언 값 { $value }
errors-parser-found-integer = 정수 { $value }
errors-parser-found-float = 실수 { $value }
errors-parser-found-string = 문자열 { $value }
errors-parser-type-string = 문자열
errors-parser-type-boolean = 불리언 값
errors-parser-type-integer = 정수
errors-parser-type-unsigned = 0 이상의 정수
errors-parser-type-unsigned-max = 0~{ $max }의 정수
errors-parser-type-number = 숫자
errors-parser-type-array = 배열
errors-parser-type-object = 객체
errors-parser-type-table = 테이블
errors-parser-type-null = null
errors-parser-invalid-length = 항목 수가 맞지 않습니다
errors-parser-expected-value = 값이 있어야 합니다
errors-parser-eof = 값이 끝나기 전에 파일이 끝났습니다
errors-parser-trailing-comma = 마지막 항목 뒤에 쉼표를 둘 수 없습니다
errors-parser-trailing-characters = JSON 값 뒤에 다른 문자가 있습니다
errors-parser-key-not-string = 객체의 키는 문자열이어야 합니다
errors-parser-expected-comma-or-brace = 쉼표(,)나 닫는 중괄호({"}"})가 있어야 합니다
errors-parser-expected-comma-or-bracket = 쉼표(,)나 닫는 대괄호(])가 있어야 합니다
errors-parser-expected-colon = 콜론(:)이 있어야 합니다
errors-parser-invalid-escape = 잘못된 이스케이프(\)입니다
errors-parser-invalid-number = 잘못된 숫자입니다
errors-parser-number-out-of-range = 숫자가 범위를 벗어났습니다
errors-parser-control-character = 문자열에 제어 문자가 있습니다
errors-parser-zip-invalid = 손상되었거나 zip이 아닌 파일입니다({ $detail })
errors-parser-zip-unsupported = 지원하지 않는 zip 아카이브입니다({ $detail })
errors-parser-toml-no-value = 키에 값이 없습니다(`=`가 있어야 함)
errors-parser-duplicate-key = 키 `{ $name }`이(가) 두 번 있습니다
errors-parser-toml-invalid-string = 잘못된 문자열입니다
errors-parser-toml-unclosed-string = 문자열을 닫는 따옴표가 없습니다
errors-parser-toml-unclosed-table = 테이블 이름을 닫는 ]가 없습니다
errors-parser-toml-unclosed-array = 배열을 닫는 ]가 없습니다
errors-parser-toml-missing-comma = 배열 요소 사이에 쉼표(,)가 없습니다
errors-parser-toml-invalid-key = 잘못된 키입니다
errors-parser-toml-unquoted = 문자열 값은 따옴표로 묶어야 합니다
errors-parser-toml-expected-newline = 줄바꿈이 있어야 합니다(한 줄에 키-값 쌍 하나)
errors-parser-toml-unexpected = 여기에 올 수 없는 내용입니다
errors-parser-other = 구문 분석 오류({ $text })

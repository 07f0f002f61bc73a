# 콘텐츠 검사: awsdrill lint의 검사 결과(종류마다 한 문장), 요약, --stats.
# 검사 결과 코드, 파일:줄:열, 필드 이름과 TOML 키는 그대로 둡니다.

## 검사 결과의 머리글

lint-error = 오류
lint-warning = 경고

## 메시지가 표를 가리키는 이름

lint-item-file = 파일
lint-item-card = 카드 `{ $id }`
lint-item-a-card = 카드
lint-item-question = 문제 `{ $id }`
lint-item-a-question = 문제
lint-item-generator = 생성기 `{ $id }`
lint-item-a-generator = 생성기
lint-item-choice = { $of }의 선택지 { $label }
lint-item-korean = { $of }의 한국어 텍스트
lint-item-config = 설정
lint-item-blueprint = 시험 블루프린트
lint-item-domain = [[domain]] 테이블

## 필드에 와야 하는 값

lint-want-text = 문자열
lint-want-number = 숫자
lint-want-whole-number = 정수
lint-want-boolean = true 또는 false
lint-want-date = 2026-11-24와 같은 날짜(따옴표 없이)
lint-want-text-list = 문자열 목록
lint-want-table = 테이블
lint-want-table-list = 테이블 목록
lint-found = { $found ->
        [string] 문자열
        [integer] 정수
        [float] 실수
        [boolean] 불리언
        [datetime] 날짜/시간
        [array] 배열
        [table] 테이블
       *[other] { $found }
    }

## 출처 URL의 문제(그 URL을 가리키는 문장 뒤에 붙습니다)

lint-source-control = U+{ $code }(제어 문자)가 들어 있습니다. 출처는 일반 https:// URL이어야 합니다.
lint-source-space = U+{ $code }(공백)가 들어 있습니다. 출처는 일반 https:// URL이어야 합니다.
lint-source-format = U+{ $code }(보이지 않는 서식 문자)가 들어 있습니다. 출처는 일반 https:// URL이어야 합니다.
lint-source-not-https = https:// URL이어야 합니다.
lint-source-no-host-after-scheme = 유효한 URL이 아닙니다. https:// 뒤에 호스트가 없습니다.
lint-source-invalid = 유효한 URL이 아닙니다: { $error }
lint-source-credentials = 사용자 이름이나 암호가 들어 있습니다. 출처는 일반 https:// URL이어야 합니다.
lint-source-no-host = 유효한 URL이 아닙니다. 호스트가 없습니다.

## ID

lint-id-pack = 팩 ID
lint-id-card = 카드 ID
lint-id-group = 그룹
lint-id-question = 문제 ID
lint-id-generator = 생성기 ID
lint-owner-pack = 팩
lint-owner-card = 카드
lint-owner-group = 그룹
lint-owner-question = 문제
lint-owner-generator = 생성기
lint-compared-card = 카드
lint-compared-question = 문제

## 검사 결과

lint-file-too-large = 파일 크기가 { $bytes }바이트입니다. 팩은 { $limit }바이트까지 허용됩니다.
lint-unreadable = 파일을 읽을 수 없습니다: { $reason }
lint-folder = 팩 파일이 아니라 폴더입니다.
lint-not-regular = 일반 파일이 아닙니다(장치, 파이프 또는 소켓).
lint-not-utf8 = 파일이 유효한 UTF-8 텍스트가 아닙니다(바이너리 파일입니까?).
lint-nul-byte = 파일에 NUL 바이트가 있습니다(바이너리 파일입니까?).
lint-too-deep = 여기에서 배열과 테이블이 { $max }단계보다 깊게 중첩되어 있습니다. 팩에는 3단계면 충분합니다.
lint-too-many-values = 여기까지 파일에 값(키, 목록 항목, 테이블)이 { $max }개보다 많습니다. 여러 팩으로 나누십시오.
lint-toml-syntax = 잘못된 TOML입니다: { $error }
lint-no-pack-table = 파일에 [pack] 테이블(id, title, services, schema, checked)이 없습니다.
lint-no-services = [pack]의 `services`에 서비스가 하나도 없습니다.
lint-schema-version = 스키마 { $found }은(는) 지원되지 않습니다. 이 awsdrill은 스키마 { $supported }을(를) 읽습니다.
lint-bad-id = { $name } `{ $id }`에는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다(최대 64자).
lint-duplicate-id = { $owner } ID `{ $id }`가 중복됩니다({ $line }번째 줄에서 처음 사용).
lint-generator-id-of-a-card = 생성기 ID `{ $id }`가 카드의 ID이기도 합니다. 둘 다 이 ID로 예약됩니다.
lint-id-of-a-card = { $owner } ID `{ $id }`가 카드의 ID이기도 합니다. 틀린 문제는 그 ID의 카드가 됩니다.
lint-source-host = { $item }의 `source`가 docs.aws.amazon.com이나 aws.amazon.com이 아니라 { $host }에 있습니다.
lint-bad-source = { $item }의 `source`: { $problem }
lint-bad-domain = { $item }의 도메인 `{ $domain }`은(는) DVA-C02의 네 도메인(development, security, deployment, troubleshooting) 중 하나가 아닙니다.
lint-bad-card-kind = { $item }의 kind `{ $kind }`은(는) basic, cloze, numeric 중 하나가 아닙니다.
lint-foreign-field = { $item }은(는) { $kind } 카드이므로 `{ $key }` 필드가 없습니다.
lint-no-unit = { $item }은(는) `unit`이 없는 numeric 카드입니다.
lint-empty-unit = { $item }의 `unit`이 비어 있습니다.
lint-korean-unit-form = { $item }의 `unit`(`{ $unit }`)에 `{"{"}n{"}"}`이(가) 두 번 이상 있습니다. 숫자가 들어갈 자리에 한 번만 쓰십시오.
lint-bad-number = { $item }의 `{ $key }`은(는) 유한한 숫자여야 합니다.
lint-bad-number-non-negative = { $item }의 `{ $key }`은(는) 0 이상의 유한한 숫자여야 합니다.
lint-cloze-no-deletion = { $item }의 `{ $key }`에 {"{{"}...{"}}"} 빈칸이 없습니다.
lint-cloze-unclosed = { $item }의 `{ $key }`에서 {"{{"}로 연 빈칸이 {"}}"}로 닫히지 않습니다.
lint-cloze-empty = { $item }의 `{ $key }`에 빈 빈칸이 있습니다.
lint-korean-only = { $item }에 `{ $key }`이(가) 있지만 영어 카드에는 `{ $key }`이(가) 없습니다.
lint-bad-generator-kind = 생성기 kind `{ $kind }`은(는) 다음 중 하나가 아닙니다: { $all }
lint-bad-task = task `{ $task }`은(는) { $domain } 도메인의 작업 설명이 아닙니다({ $codes }).
lint-bad-difficulty = { $item }의 `difficulty`가 { $level }입니다. 1(기억), 2(적용), 3(분석) 중 하나여야 합니다.
lint-unknown-link = { $item }이(가) 없는 카드 `{ $target }`에 연결됩니다.
lint-choice-count = { $item }의 선택지가 { $count }개입니다. 문제의 선택지는 4~6개입니다.
lint-no-explanation = { $item }에 정답 또는 오답인 이유를 설명하는 `why`가 없습니다.
lint-duplicate-choice = { $item }의 텍스트가 선택지 { $first }와(과) 같습니다.
lint-no-correct-choice = { $item }에 정답 선택지가 없습니다.
lint-choose-not-stated = { $item }의 정답 선택지는 { $correct }개인데 문제 본문에 몇 개를 고르는지 나와 있지 않습니다("(Choose { $words }.)"를 추가하십시오).
lint-choose-mismatch = { $item }의 문제 본문은 { $stated }개를 고르라고 하지만 정답으로 표시된 선택지는 { $correct }개입니다.
lint-every-choice-correct = { $item }은(는) 모든 선택지를 정답으로 표시합니다.
lint-near-duplicate = { $what } `{ $id }`이(가) { $line }번째 줄의 { $what } `{ $other }`와(과) 거의 같습니다(유사도 { NUMBER($percent, maximumFractionDigits: 0) } %).
lint-near-duplicate-across = { $what } `{ $id }`({ $at })이(가) 다른 팩의 { $what } `{ $other }`({ $other_at })와(과) 거의 같습니다(유사도 { NUMBER($percent, maximumFractionDigits: 0) } %).
lint-invisible-char = 보이지 않는 문자 U+{ $code }({ $name }): 보이지 않게 텍스트의 표시나 비교를 바꿉니다. 삭제하십시오.
lint-invisible-char-more = 보이지 않는 문자 U+{ $code }({ $name }): 보이지 않게 텍스트의 표시나 비교를 바꿉니다. 삭제하십시오(이 파일에서 표시되지 않은 곳이 { $more }군데 더 있습니다).
lint-invisible-unnamed = 보이지 않는 문자
lint-pack-id-collision = 팩 ID `{ $id }`가 { $first_file }({ $first_at })과(와) { $file }({ $at })에 모두 선언되어 있습니다.
lint-missing-field = { $item }에 필수 필드 `{ $key }`이(가) 없습니다.
lint-wrong-type = { $item }의 `{ $key }`은(는) { $want }이어야 하는데 { $found }입니다.
lint-empty-text = { $item }의 `{ $key }`이(가) 비어 있습니다.
lint-text-too-long = { $item }의 `{ $key }`이(가) { $chars }자입니다. 최대 { $limit }자입니다.
lint-bad-value = { $item }의 `{ $key }`: { $error }
lint-empty-entry = { $item }의 `{ $key }`에 빈 항목이 있습니다.
lint-unknown-field = { $item }에 알 수 없는 필드 `{ $key }`이(가) 있습니다. 허용되는 필드: { $allowed }
lint-unknown-field-suggest = { $item }에 알 수 없는 필드 `{ $key }`이(가) 있습니다(`{ $suggestion }`을(를) 의도했습니까?). 허용되는 필드: { $allowed }
lint-out-of-range = { $key }이(가) { $value }입니다. { $lo }에서 { $hi } 사이여야 합니다.
lint-weights-difficulty = 난이도 가중치의 합이 100이 아니라 { $sum }입니다.
lint-weights-domains = 도메인 가중치의 합이 100이 아니라 { $sum }입니다.
lint-blueprint-domain = 도메인 `{ $domain }`은(는) DVA-C02의 네 도메인 중 하나가 아닙니다.
lint-bad-step = { $key }의 단계 `{ $step }`은(는) 30s, 10m, 1h, 1d와 같은 기간이 아닙니다.
lint-bad-language = 언어 `{ $name }`은(는) auto, en, ko 중 하나가 아닙니다.
lint-bad-theme = 테마 `{ $name }`은(는) dark, light, high-contrast 중 하나가 아닙니다.
lint-missing-korean = { $item }에 { $fields }의 한국어가 없습니다. `ko = {"{"} ... {"}"}`에 추가하십시오.
lint-glossary-term = { $item }의 한국어 텍스트가 "{ $english }"을(를) `{ $used }`(으)로 씁니다. content/glossary.toml은 `{ $preferred }`을(를) 씁니다.
lint-task-coverage = 작업 설명 { $task }({ $title })의 문제가 검사한 팩 전체에서 { $questions }개입니다. 전체 모의고사용 문제 은행에는 { $min }개 이상이 있어야 합니다.

## 요약과 --stats

lint-summary = 팩 파일 { $files }개 검사: 오류 { $errors }개, 경고 { $warnings }개
lint-all-checked-packs = (검사한 모든 팩)
lint-col-pack = 팩
lint-col-cards = 카드
lint-col-basic = 기본
lint-col-cloze = 빈칸
lint-col-numeric = 숫자
lint-col-questions = 문제
lint-col-development = 개발
lint-col-security = 보안
lint-col-deployment = 배포
lint-col-troubleshooting = 해결
lint-col-multi = 복수
lint-col-korean-cards = ko 카드
lint-col-korean-questions = ko 문제
lint-total = 합계
lint-domain-share = { $domain } { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }%(블루프린트 { $weight }%)
lint-domain-mix = 도메인 구성: { $domains }
lint-positions = 위치별 정답 수: { $positions }
lint-tasks = 작업 설명별 문제 수(각각 { $min }개 이상): { $tasks }
lint-level = { $level ->
        [recall] 기억
        [apply] 적용
        [analyse] 분석
        [unrated] 미지정
       *[other] { $level }
    }
lint-level-share = { $level } { $n }개({ NUMBER($percent, maximumFractionDigits: 0) } %)
lint-levels = 난이도별 문제 수: { $levels }
lint-guess-title = 지식 없이 추측하기(문제 { $questions }개, 단일 정답 { $single }개):
lint-guess-key-length = { "  " }단일 정답 문제에서 정답이 가장 긴 선택지인 비율은 { NUMBER($longest, minimumFractionDigits: 1, maximumFractionDigits: 1) } %, 가장 짧은 선택지인 비율은 { NUMBER($shortest, minimumFractionDigits: 1, maximumFractionDigits: 1) } %입니다(우연은 약 { NUMBER($chance, maximumFractionDigits: 0) } %).
lint-guess-key-length-korean = { "  " }한국어로는 정답이 가장 긴 선택지인 비율이 { NUMBER($longest, minimumFractionDigits: 1, maximumFractionDigits: 1) } %, 가장 짧은 선택지인 비율이 { NUMBER($shortest, minimumFractionDigits: 1, maximumFractionDigits: 1) } %입니다.
lint-guess-random = { "  " }무작위 추측은 { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % 맞힙니다. 문제 은행 전체에 대한 각 추측 규칙(정답률, 우연 대비 배수):
lint-guess-full-exam = { "  " }{ $heuristic }만으로 답한 전체 모의고사: 모의고사 { $exams }회 평균 { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % 정답

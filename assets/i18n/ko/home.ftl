# 홈: 불러온 내용, 지금 학습할 카드, 키, 시험일 예측.

home-tagline = AWS Certified Developer - Associate(DVA-C02) 학습 및 연습
home-content = 팩 { $packs }개에 학습할 카드 { $cards }장과 시험 문제 { $questions }개가 있습니다.
home-content-detail = 팩 { $packs }개에 학습할 카드 { $cards }장({ $detail })과 시험 문제 { $questions }개가 있습니다.
home-detail-written = 작성된 카드 { $n }장
home-detail-generated = 생성 연습 문제 { $n }개
home-detail-missed = 틀린 시험 문제 { $n }개
home-due = 지금 학습할 카드: 학습 중 { $learning }장, 복습 { $review }장, 새 카드 { $new }장.  오늘 답변: { $today }회.  연속 학습: { $streak }일.
home-keys = 키:
home-hint-drill = 학습
home-hint-exams = 시험
home-hint-calc = 계산기
home-hint-browse = 찾아보기
home-hint-stats = 통계
home-hint-settings = 설정
home-last-exam = 마지막 모의고사: { $total }문제 중 { $correct }문제 정답. { $estimate }.
home-welcome = 환영합니다. { $key } 키를 눌러 첫 카드를 학습하십시오. 모든 답변은 다음 파일에 즉시 저장됩니다:
home-help-keys = { $key } 키를 누르면 각 화면의 키를 볼 수 있습니다.
home-help-keys-exam-date = { $key } 키를 누르면 키를 볼 수 있습니다. 설정 파일에 exam_date를 지정하면 시험 준비도가 표시됩니다.
home-so-far = 지금까지 답변 { $answers }회, 모의고사 { $exams }회. 학습한 카드 { $studied }장, 아직 학습하지 않은 카드 { $new }장.
home-later-today = 학습 중인 카드 { $n }장이 오늘 나중에 다시 나옵니다.

## 팩 표

home-packs = 팩
home-col-pack = 팩
home-col-title = 제목
home-col-cards = 카드
home-col-questions = 문제
home-col-checked = 확인일

## 시험일 예측 (홈과 학습 요약)

readiness-exam-in = { $days ->
        [0] 오늘 시험
        [1] 내일 시험
       *[other] 시험까지 { $days }일
    }
readiness-exam-passed = 시험일이 지났습니다
readiness-recall = { $when }: 시험일의 예상 기억률은 전체 카드의 { NUMBER($percent, maximumFractionDigits: 0) } %입니다(아직 학습하지 않은 카드는 모르는 것으로 계산합니다).
readiness-by-domain = 도메인별: { $domains }.
readiness-domain = { $domain } { NUMBER($percent, maximumFractionDigits: 0) } %
readiness-new = 아직 학습하지 않은 카드 { $remaining }장: 하루에 새 카드 { $per_day }장씩 학습하면 시험 전에 모두 학습할 수 있습니다.

## DVA-C02의 네 도메인(짧게)

domain-development = 개발
domain-security = 보안
domain-deployment = 배포
domain-troubleshooting = 문제 해결

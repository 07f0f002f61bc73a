# 통계: 화면의 차트, 그리고 `awsdrill stats`와 `awsdrill due`가 출력하는 텍스트.

## 화면의 부분

stats-none = 아직 통계가 없습니다.
stats-error = 통계를 계산하지 못했습니다
stats-part-heatmap = 하루 답변 수, 20주
stats-part-today = 오늘과 카드
stats-part-forecast = 일별 학습할 카드, 앞으로 30일
stats-part-domains = 도메인별 기억률
stats-part-tasks = 작업 설명
stats-part-exams = 모의고사
stats-hint-scroll = 스크롤
stats-hint-scroll-up = 위로 스크롤
stats-more-below = 아래에 더 있음: { $parts }

## 오늘과 카드

stats-answered-today = 오늘 답변: { $today }회(전체 { $all }회)
stats-due-now = 지금 학습할 카드: 학습 중 { $learning }장, 복습 { $review }장, 새 카드 { $new }장
stats-later-today = 오늘 나중에: 학습 중 { $n }장
stats-studied = 학습한 카드 { $studied }장, 미학습 카드 { $new }장
stats-by-phase = 학습 중 { $learning }장, 재학습 { $relearning }장, 복습 { $review }장
stats-suspended = 일시 중지 { $suspended }장, 거머리(leech) { $leeches }장
stats-cards-to-study = 학습할 카드 { $cards }장
stats-cards-to-study-detail = 학습할 카드 { $cards }장({ $detail })

## 차트

stats-forecast-title = 일별 학습할 카드, 앞으로 30일: 전체 { $total }장, 오늘까지 { $today }장, 7일 이내 { $week }장
stats-domains-title = 실제 기억률(다시로 답하지 않은 복습), 도메인: 140일
stats-all-30 = 전체 도메인, 최근 30일
stats-all-time = 전체 도메인, 전체 기간
stats-no-reviews = 아직 복습 없음
stats-tasks-none = 모의고사의 작업 설명: 아직 출제된 문제 없음
stats-tasks-title = 모의고사에서 가장 약한 작업 설명({ $all }개 중 { $shown }개)
stats-not-asked = 아직 출제되지 않음
stats-exams-none = 아직 전체 모의고사를 보지 않았습니다. 전체 모의고사({ $questions }문제, { $minutes }분)는 { $min }-{ $max } 척도의 환산 점수를 합격 점수 { $pass }점과 비교해 추정하며, 이 차트에 그 추이가 표시됩니다.
stats-exams-others = 지금까지 다른 시험 { $n }회. 마지막 시험({ $date })의 정답률은 { NUMBER($percent, maximumFractionDigits: 0) } %입니다.
stats-exams-title = 전체 모의고사의 추정 환산 점수: 최근 { $last }점, 합격 점수 { $pass }점
stats-exams-title-others = 전체 모의고사의 추정 환산 점수: 최근 { $last }점, 합격 점수 { $pass }점. 다른 시험 { $others }회
stats-of = { $passed }/{ $of }
stats-month = { $month }월
stats-weekday = { $day ->
        [1] 월
        [3] 수
        [5] 금
       *[7] 일
    }
stats-axis-today = 오늘
stats-axis-days = +{ $days }일
stats-axis-exam = 시험

## 시험 안내서의 도메인과 작업 설명


## awsdrill stats

stats-text-today = 오늘: 답변 { $answers }회. 지금 학습할 카드: { $due }.
stats-text-due-now = 학습 중 { $learning }장{ $later ->
        [0] {""}
       *[other] (오늘 나중에 +{ $later }장)
    }, 복습 { $review }장, 새 카드 { $new }장
stats-text-cards = { $cards }. 학습한 카드 { $studied }장, 아직 학습하지 않은 카드 { $new }장.
stats-text-by-state = 상태별: 아직 학습하지 않은 카드 { $new }장, 학습 중 { $learning }장, 복습 { $review }장, 재학습 { $relearning }장. 일시 중지 { $suspended }장, 거머리(leech) { $leeches }장.
stats-text-retention = 실제 기억률(다시로 답하지 않은 복습): 최근 30일 복습 { $reviews30 }회 중 { $last30 }, 전체 기간 { $reviews }회 중 { $all }.
stats-text-answers-all = 전체 답변: { $n }회.
stats-text-forecast = 앞으로 30일 동안 학습할 카드: { $total }장(오늘까지 { $today }장, 7일 이내 { $week }장). 오늘부터 일별: { $days }.
stats-text-domain = { $domain } { $percent }({ $reviews }회 중 { $passed }회)
stats-text-domain-none = { $domain } -(복습 없음)
stats-text-domains = 도메인별 실제 기억률(최근 140일): { $domains }.
stats-text-task = { $code } { $asked }문제 중 { $right }문제 정답({ $percent })
stats-text-tasks = 모의고사에서 가장 약한 작업 설명: { $tasks }.
stats-text-tasks-none = 작업 설명: 아직 답한 모의고사 문제가 없습니다.
stats-text-full-none = 전체 모의고사: 아직 없음(전체 모의고사는 { $questions }문제, { $minutes }분이며 { $min }-{ $max } 척도의 환산 점수를 추정합니다. 합격 점수 { $pass }점).
stats-text-full = 전체 모의고사의 추정 환산 점수(합격 점수 { $pass }점): { $scores }.
stats-text-last = 모의고사: { $n }회. 마지막 시험({ $date }) 정답률 { NUMBER($percent, maximumFractionDigits: 0) } %, 추정 환산 점수 { $score }점.
stats-text-last-no-score = 모의고사: { $n }회. 마지막 시험({ $date }) 정답률 { NUMBER($percent, maximumFractionDigits: 0) } %, 문제가 너무 적어 환산 점수를 추정할 수 없습니다.
stats-col-date = 날짜
stats-col-answers = 답변
stats-col-reviews = 복습
stats-col-retention = 기억률

## awsdrill due

stats-due-text-now = 지금 학습할 카드: { $now }장(학습 중 { $learning }장, 복습 { $review }장, 새 카드 { $new }장). 오늘 나중에: 학습 중 { $later }장.
stats-due-text-today = 오늘 답변: { $today }회. 카드: 학습한 카드 { $studied }장, 아직 학습하지 않은 카드 { $new }장, 학습 단계의 카드 { $steps }장.
stats-due-col-pack = 팩
stats-due-col-learning = 학습 중
stats-due-col-review = 복습
stats-due-col-new = 새 카드
stats-due-col-later = 오늘 나중에

# 오늘의 학습과 맞춤 학습(src/tui/screens/drill.rs). 평가 버튼 이름(다시, 어려움, 알맞음, 쉬움)은
# Anki 한국어판의 이름을 따릅니다(ankitects/anki-core-i18n core/ko/studying.ftl).

## 진행 줄

drill-done-today = 오늘 답변 { $n }회
# 진행 줄은 한 줄에 들어가야 하므로 카드 수는 단위 없이 씁니다.
drill-left = 남은 카드: 학습 중 { $learning }{ $later ->
        [0] {""}
       *[other] (나중 +{ $later })
    }, 복습 { $review }, 새 카드 { $new }
drill-time-minutes = { $minutes }분 { $seconds }초
drill-time-hours = { $hours }시간 { $minutes }분
drill-custom-header = 맞춤 학습: { $title }
drill-custom-progress = 카드 { $cards }장 중 { $done }장 완료, { $left }장 남음

## 카드

drill-leech = 거머리(leech)
drill-your-answer = 입력한 답:
drill-in-unit = (단위: { $unit })
drill-answer = 정답: { $answer }
drill-numeric-answer = 정답: { $answer }
drill-numeric-answer-within = 정답: { $answer }(허용 오차 { $tolerance })
drill-correct = 맞았습니다
drill-not-right = 틀렸습니다
drill-not-right-typed = 틀렸습니다. 입력한 답: { $typed }
drill-read-as = 읽은 값: { $value }
drill-off-by = { $difference } 차이
drill-suggested = 제안: { $rating }
drill-working = 풀이:
drill-no-exercise = 이 연습 문제를 만들 수 없습니다.
drill-source = 출처:

## 입력한 빈칸 답

drill-blanks-help = 빈칸 { $n }개: 답을 순서대로 입력하고 { $separator } 기호로 구분하십시오
drill-blank = 빈칸 { $n }:
drill-you-typed = 입력: { $typed }
drill-typed-nothing = 없음
drill-blank-right = 맞음
drill-blank-wrong = 틀림
drill-extra-answers = 카드의 빈칸보다 답을 { $n }개 더 입력했습니다. 채점하지 않습니다.
drill-blanks-right = 빈칸 { $total }개 중 { $right }개 정답

## 맞춤 학습 세션의 버튼 (간격 없음: 맞춤 학습의 답변은 일정을 바꾸지 않음)

drill-button-again-in-session = 이 세션에서 한 번 더
drill-button-done = 완료

## 힌트 줄

drill-hint-undo = 실행 취소
drill-hint-suspend = 일시 중지
drill-hint-bury = 보류
drill-hint-end-custom = 맞춤 학습 끝내기
drill-hint-language = 언어
drill-hint-keys = 키
drill-hint-type-blanks = 빈칸별 답을 ; 기호로 구분해 입력한 후
drill-hint-letters-type = 글자는 입력, 명령은 답을 본 후
drill-hint-type-answer = 답을 입력한 후
drill-hint-fresh-exercise = 복습할 때마다 새 연습 문제
drill-hint-type-number = 숫자를 입력한 후
drill-hint-rate = 평가
drill-hint-show-answer = 답 보기
drill-hint-start = 시작
drill-hint-cancel = 취소

## 오늘의 학습이 끝났을 때

drill-none-due = 지금 학습할 카드가 없습니다.
drill-session = 이번 세션: 답변 { $answers }회, 다시 { $again }회({ NUMBER($rate, maximumFractionDigits: 0) } %), 소요 시간 { $time }.
drill-next-due = 다음 카드는 { $interval } 후에 학습할 차례가 됩니다.
drill-nothing-scheduled = 아직 예정된 카드가 없습니다.
drill-summary-keys = { $undo } 키는 마지막 답변을 실행 취소하고, { $back } 키는 홈으로 돌아갑니다.

## 맞춤 학습 세션이 끝났을 때

drill-custom-finished = 맞춤 학습 완료: { $title }.
drill-custom-done = 카드 { $cards }장: { $done }장 완료{ $set_aside ->
        [0] {""}
       *[other] , { $set_aside }장 보류 또는 일시 중지
    }. 답변 { $answers }회, 다시 { $again }회({ NUMBER($rate, maximumFractionDigits: 0) } %), 소요 시간 { $time }.
drill-custom-unchanged = 학습 일정은 바뀌지 않았습니다. 맞춤 학습의 답변은 복습 기록과 따로 기록되며, 어떤 카드의 기한이나 기억 상태도 바뀌지 않았습니다.
drill-custom-keys = { $back } 키는 맞춤 학습을 끝내고 홈으로 돌아가며, { $undo } 키는 마지막 답변을 실행 취소합니다.

## 맞춤 학습 입력 창

drill-prompt-title = 맞춤 학습: 고른 카드를 지금 학습합니다. 학습 일정은 바뀌지 않습니다.
drill-prompt-cards = 카드:
drill-prompt-counting = 세는 중...
drill-prompt-no-match = 일치하는 카드가 없습니다.
drill-prompt-count = 카드 { $n }장: { $title }.
drill-form-pack = 팩의 카드
drill-form-domain = 도메인: development, security, deployment, troubleshooting
drill-form-task = 작업 설명의 시험 문제에 연결된 카드
drill-form-tag = 태그가 있는 카드
drill-form-leeches = 거머리(leech) 카드, 일시 중지된 카드 포함
drill-form-missed = 지난 모의고사에서 틀린 문제의 카드
drill-form-other = 그 밖의 단어
drill-form-search = 찾아보기 검색(단어, 그리고 팩: 종류: 상태: 태그: ...)
drill-prompt-note = 답변은 따로 기록되며, 어떤 카드의 기한이나 기억 상태도 바뀌지 않습니다. 일시 중지 및 보류된 카드는 제외되며(거머리 카드는 예외), 기억할 가능성이 가장 낮은 카드가 먼저, 새 카드가 마지막에 나옵니다. 다시로 평가한 카드는 세 장 뒤에 또 나옵니다.

## 메시지

drill-type-first = 먼저 답을 입력한 후 { $key } 키를 누르십시오.
drill-no-answer-typed = 입력한 답이 없습니다. 얼마나 잘 알았는지 평가하십시오.
drill-no-blank = 이 카드에는 비교할 빈칸이 없습니다.
drill-type-again = { $typed }: { $error }. 다시 입력하십시오.
drill-became-leech = { $id } 카드가 거머리(leech) 카드가 되었습니다(실패 { $lapses }회). 태그가 붙고 일시 중지되었습니다. 카드를 다시 작성하거나 일시 중지를 해제하십시오.
drill-undid = { $id }의 답변을 실행 취소했습니다.
drill-nothing-to-undo = 이 세션에서 실행 취소할 답변이 없습니다.
drill-suspended = { $id } 카드를 일시 중지했습니다.
drill-buried = 내일까지 보류: { $id }.
drill-reveal-first = 먼저 답을 보십시오({ $key }).
drill-custom-empty = 학습할 카드가 없습니다. { $title }에 해당하는 카드가 없습니다(일시 중지 및 보류된 카드는 제외, 거머리 카드는 예외).
drill-custom-started = 맞춤 학습({ $title }): 카드 { $n }장. 학습 일정은 바뀌지 않습니다.

## 실패한 작업 (뒤에 오류가 붙음)

drill-error-next-card = 다음 카드를 고르지 못했습니다
drill-error-not-saved = 답변을 저장하지 못했습니다
drill-error-undo = 실행 취소하지 못했습니다
drill-error-save = 저장하지 못했습니다
drill-error-custom = 맞춤 학습을 시작하지 못했습니다

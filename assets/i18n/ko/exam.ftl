# 모의고사: 시험 화면(메뉴, 진행 중인 시험, 문제 표, 제출 전 검토, 결과)과 `awsdrill exam draw`,
# `history`, `report`, `discard`의 텍스트 출력.

## 시험, 도메인, 난이도의 이름 (화면과 명령)

exam-mode-full = 전체 모의고사
exam-mode-quick = 빠른 시험
exam-mode-weak = 취약 영역
exam-mode-practice = 연습
exam-mode-practice-of = 연습 - { $parts }
exam-mode-task = 작업 설명 { $task }
exam-difficulty-recall = 기억
exam-difficulty-apply = 적용
exam-difficulty-analyse = 분석

## 예상 환산 점수

exam-estimate = 예상 환산 점수 { $low }-{ $high }(점 추정치 { $mid }, 합격 점수 { $passing }), 채점 대상 문제 { $n }개 기준
exam-estimate-too-few = 문제가 너무 적어 환산 점수를 추정할 수 없습니다(채점 대상 { $n }개, { $min }개 이상 필요)
exam-estimate-method = 추정치일 뿐입니다. 정답 비율과 그 90 % Wilson 구간을 점수 척도에 선형으로 옮긴 값이며, 채점 대상 문제가 20개 미만이면 추정하지 않습니다. AWS는 환산 방식을 공개하지 않으며, 실제 시험 65문제 중 15문제는 채점되지 않습니다.

## 답 선택

exam-toggle-already-checked = 이 문제는 이미 답을 확인했습니다.
exam-toggle-no-choice = 선택지 { $letter }가 없습니다.
exam-toggle-too-many = { $n }개를 선택하십시오. 다른 선택지를 고르려면 먼저 선택 하나를 해제하십시오.

## 메뉴

exam-menu-title = 모의고사
exam-resumable = 끝내지 않은 시험({ $mode }): { $total }문제 중 { $answered }문제 답변.
exam-resumable-left = 끝내지 않은 시험({ $mode }): { $total }문제 중 { $answered }문제 답변, { $left } 남음.
exam-discard-ask = 취소하시겠습니까? 취소된 시험으로 보관되며 채점, 집계, 학습에 쓰이지 않습니다.
exam-discard-it = 취소
exam-keep-it = 유지
exam-continue-it = 계속하기(시험이 열려 있는 동안에만 시간이 흐릅니다)
exam-choice-full = 전체 모의고사: { $questions }문제, { $minutes }분, DVA-C02와 같은 출제 비율
exam-choice-quick = 빠른 시험: { $questions }문제, 시간 제한 없음
exam-choice-practice-development = 연습: AWS 서비스를 사용한 개발(문제마다 정답 표시)
exam-choice-practice-security = 연습: 보안
exam-choice-practice-deployment = 연습: 배포
exam-choice-practice-troubleshooting = 연습: 문제 해결 및 최적화
exam-choice-weak = 취약 영역: { $questions }문제, 가장 많이 틀린 작업 설명에서 주로 출제
exam-no-history = 아직 응시한 시험이 없습니다.
exam-history = 기록
exam-history-keys = (최근 응시가 마지막): { $keys }
exam-hint-select = 선택
exam-hint-review = 검토
exam-history-estimate = 추정 { $low }-{ $high }
exam-history-no-estimate = 추정 -

## 화면의 메시지

exam-unfinished-waits = 끝내지 않은 시험이 있습니다. { $resume } 키를 눌러 계속하거나 { $discard } 키를 눌러 취소하십시오.
exam-no-unfinished = 끝내지 않은 시험이 없습니다.
exam-discarded = 시험 #{ $id }을(를) 취소했습니다. 채점되지 않으며 어디에도 집계되지 않습니다.
exam-nothing-to-review = 아직 응시한 시험이 없어 검토할 내용이 없습니다.
exam-some-missing = 이 응시의 문제 { $n }개가 더 이상 어떤 팩에도 없어 제외했습니다.
exam-all-missing = 시험 #{ $id }을(를) 표시할 수 없습니다. 문제가 더 이상 어떤 팩에도 없습니다.
exam-no-such-question = { $n }번 문제가 없습니다.
exam-choose-first = 먼저 답을 선택하십시오.
exam-minutes-left = { $minutes }분 남았습니다.
exam-time-up = 시간이 다 되어 시험이 제출되었습니다.
exam-error-start = 시험을 시작할 수 없습니다
exam-error-resume = 시험을 계속할 수 없습니다
exam-error-discard = 시험이 취소되지 않았습니다
exam-error-open = 시험을 열 수 없습니다
exam-error-strike = 선택지 지우기가 저장되지 않았습니다
exam-error-answer = 답이 저장되지 않았습니다
exam-error-submit = 시험이 제출되지 않았습니다
exam-error-time = 시험 시간을 저장할 수 없습니다

## 진행 중인 시험

exam-choose-n = ({ $n }개 선택)
exam-struck-out = (지움)
exam-right = 정답
exam-wrong = 오답
exam-source = 출처: { $source }
exam-hint-choose = 선택
exam-hint-toggle = 전환
exam-hint-strike = 지우기
exam-hint-check = 확인/다음
exam-hint-move = 이동
exam-hint-flag = 검토 표시
exam-hint-goto = 번호 이동
exam-hint-grid = 문제 표
exam-hint-submit = 제출
exam-hint-pause = 일시 중지
exam-goto = 이동할 문제 번호: { $typed }_   ({ $keys })
exam-hint-jumps = 이동,
exam-hint-cancels = 취소
exam-clock = { $h }시간 { $m }분 { $s }초
exam-time-left = 경과 { $elapsed }  남은 시간 { $left }
exam-time-left-only = 남은 시간 { $left }
exam-time-untimed = 경과 { $elapsed }  시간 제한 없음
exam-question-of = 문제 { $n }/{ $total }
exam-answered-status = { "  |  " }답변 { $n }개  |  { $time }
exam-flagged-status = { "  |  " }검토 표시

## 문제 표

exam-grid-title = 문제 표
exam-grid-counts = 답변 { $answered }개, 미답변 { $unanswered }개, 검토 표시 { $flagged }개
exam-grid-marks = 표시: 12 답변, 12. 미답변, 12! 검토 표시
exam-hint-row = 행
exam-hint-question = 문제
exam-hint-jump = 이동(또는 번호 클릭)

## 제출 전 검토

exam-submit-ask = 시험을 제출하시겠습니까?
exam-list-none = 0개
exam-list = { $n }개(문제 { $numbers })
exam-unanswered = 미답변: { $list }
exam-flagged = 검토 표시: { $list }
exam-review-time-left = 남은 시간: { $left }
exam-submit-now = 지금 제출
exam-back-to-questions = 문제로 돌아가기({ $key } 키로 번호 이동)

## 결과

exam-score = 점수 { $correct }/{ $total }({ $percent } %)
exam-time-used = { "   " }소요 시간 { $time }
exam-likely-pass = : 합격 예상
exam-below-pass = : 합격 점수 미만(불합격 예상)
exam-scheduled = 틀린 문제의 카드 { $n }장을 지금 학습할 수 있습니다.
exam-drill-wrong = { $key }: 틀린 문제 { $n }개의 카드를 지금 학습합니다(맞춤 학습, 일정은 바뀌지 않음).
exam-unanswered-not-drilled = 미답변(학습하지 않음): { $n }개(문제 { $numbers }).
exam-most-time = 가장 오래 걸린 문제: { $list }
exam-tasks = 작업 설명: { $tasks }
exam-by-difficulty = 난이도별: { $levels }
exam-filter-all = 모든 문제
exam-filter-wrong = 틀렸거나 답하지 않은 문제
exam-filter-flagged = 검토 표시한 문제
exam-hint-wrong-only = 오답만
exam-hint-flagged-only = 검토 표시만
exam-hint-expand = 크게 보기
exam-hint-summary = 요약 보기
exam-review-rows = { $keys }: { $total }줄 중 { $from }-{ $to }줄
exam-q-number = { $n }번
exam-review-task = 작업 설명 { $task }
exam-review-time = 시간 { $time }
exam-yours = 내 답
exam-correct = 정답

## awsdrill exam draw, history, report, discard

exam-cli-seed = 시드 { $seed }, 문제 { $n }개:
exam-cli-task = 작업 설명 { $task }
exam-cli-no-history = 아직 제출한 시험이 없습니다. 앱에서 시작하십시오: awsdrill 실행 후 e.
exam-cli-col-id = 번호
exam-cli-col-date = 날짜
exam-cli-col-status = 상태
exam-cli-col-score = 점수
exam-cli-col-estimate = 추정
exam-cli-col-time = 시간
exam-cli-col-exam = 시험
exam-cli-status-in-progress = 진행 중
exam-cli-status-submitted = 제출됨
exam-cli-status-discarded = 취소됨
exam-cli-too-few = 너무 적음
exam-cli-attempt = 응시 { $id }({ $mode }): { $total }문제 중 { $correct }문제 정답({ $percent } %), 시간 { $time }.
exam-cli-unanswered = 미답변(학습하지 않음): { $n }개(문제 { $numbers }).
exam-cli-row-task = 작업 설명 { $task }
exam-cli-row-difficulty = 난이도 { $level }
exam-cli-question = { $number }. { $verdict } { $id }: 내 답 { $yours }, 정답 { $correct }
exam-cli-flagged = { " " }(검토 표시)
exam-cli-missing = 이 응시의 문제 { $n }개가 더 이상 어떤 팩에도 없습니다.
exam-cli-no-unfinished = 취소할 끝내지 않은 시험이 없습니다(awsdrill exam history 참조)
exam-cli-no-attempt = 시험 응시 { $id }이(가) 없습니다(awsdrill exam history 참조)
exam-cli-is-submitted = 시험 응시 { $id }은(는) 제출되었습니다. 끝내지 않은 시험만 취소할 수 있습니다
exam-cli-already-discarded = 시험 응시 { $id }은(는) 이미 취소되었습니다
exam-cli-what = 시험 응시 { $id }({ $mode }, { $total }문제 중 { $answered }문제 답변)
exam-cli-discard-ask = { $what }을(를) 취소하시겠습니까? 취소된 시험으로 보관되며 채점되거나 다시 계속할 수 없습니다.
exam-cli-discard-needs-yes = { $what }을(를) 취소하려면 확인이 필요합니다. 터미널에서 실행하거나 --yes를 지정하십시오
exam-cli-not-discarded = 시험 응시 { $id }을(를) 취소할 수 없습니다. 더 이상 끝내지 않은 시험이 아닙니다
exam-cli-discarded = { $what }을(를) 취소했습니다.
exam-cli-unfinished = 시험 응시 { $id }을(를) 끝내지 않았습니다. 다른 시험을 시작하기 전에 앱에서 계속하거나(awsdrill 실행 후 시험 화면에서 r) `awsdrill exam discard`로 취소하십시오
exam-cli-not-submitted = 시험 응시 { $id }은(는) 아직 제출되지 않았습니다({ $total }문제 중 { $answered }문제 답변). 보고서는 제출한 후에 나옵니다. 앱에서 계속하거나(awsdrill 실행 후 r) `awsdrill exam discard { $id }`로 취소하십시오
exam-cli-was-discarded = 시험 응시 { $id }은(는) 끝내지 않은 채 취소되었습니다({ $total }문제 중 { $answered }문제 답변). 점수와 보고서가 없습니다
exam-cli-no-exam = --exam: `{ $exam }` 시험이 없습니다(있는 시험: { $ids })
exam-cli-bad-task = --task: `{ $task }`은(는) 시험 안내서의 작업 설명이 아닙니다(1.1~4.3)
exam-cli-needs-practice = --domain, --service, --task에는 --mode practice가 필요합니다(지정한 모드: { $mode })

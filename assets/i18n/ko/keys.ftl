# 키 표의 각 동작이 하는 일(도움말, 명령 팔레트)과 키 레이블의 설명.

action-quit = awsdrill 종료
action-back = 이 화면 닫기(홈에서는 종료)
action-toggle-help = 이 도움말 표시 또는 숨기기
action-palette = 이름으로 동작을 찾아 실행
action-up = 위로 이동
action-down = 아래로 이동
action-page-up = 한 페이지 위로 이동
action-page-down = 한 페이지 아래로 이동
action-top = 첫 행으로 이동
action-bottom = 마지막 행으로 이동
action-next-tab = 다음 화면
action-prev-tab = 이전 화면
action-start-drill = 오늘의 학습 시작
action-reveal = 답 보기, 이후 알맞음(또는 제안된 등급)으로 평가
action-rate-again = 다시로 평가: 잊음
action-rate-hard = 어려움으로 평가: 어렵게 기억함
action-rate-good = 알맞음으로 평가: 기억함
action-rate-easy = 쉬움으로 평가: 바로 기억함
action-undo = 마지막 답변 실행 취소
action-suspend = 이 카드 일시 중지
action-bury = 이 카드를 내일까지 보류
action-toggle-korean = 영어와 한국어 전환
action-open-exams = 모의고사 열기
action-open-calc = 계산기 열기
action-open-browse = 모든 카드와 문제 찾아보기 및 검색
action-open-stats = 통계 보기
action-open-settings = 설정 변경
action-reset = 선택한 카드를 다시 새 카드로 만들기(기록은 유지)
action-open-link = 브라우저에서 출처 링크 열기
action-copy-link = 출처 링크 복사(지원하는 터미널에서)
action-cycle-sort = 관련성, ID 또는 기한순으로 정렬
action-exam-full = 전체 모의고사 시작(65문제, 130분)
action-exam-quick = 빠른 시험 시작(10문제, 시간 제한 없음)
action-practice-development = AWS 서비스를 사용한 개발 연습
action-practice-security = 보안 연습
action-practice-deployment = 배포 연습
action-practice-troubleshooting = 문제 해결 및 최적화 연습
action-exam-weak = 가장 많이 틀린 작업 설명 연습(20문제)
action-resume-exam = 끝내지 않은 시험 계속하기
action-discard-exam = 끝내지 않은 시험 취소(먼저 확인)
action-open-attempt = 선택한 지난 응시를 문제별로 검토
action-choose = 해당 선택지 선택 또는 선택 해제
action-toggle-choice = 커서 위치의 선택지 선택 또는 선택 해제
action-strike = 커서 위치의 선택지 지우기 또는 복원
action-next-question = 다음 문제
action-prev-question = 이전 문제
action-flag = 검토할 문제로 표시 또는 표시 해제
action-go-to = 번호로 문제 이동
action-question-grid = 모든 문제의 표를 보고 한 문제로 이동
action-submit = 답하지 않은 문제와 표시한 문제를 검토한 후 제출
action-confirm = 확인: 제출, 취소, 답 확인 또는 이동
action-filter-wrong = 틀린 답만 또는 모두 보기
action-filter-flagged = 표시한 문제만 또는 모두 보기
action-next-field = 다음 필드
action-prev-field = 이전 필드
action-switch-calculator = 다음 계산기
action-prev-calculator = 이전 계산기
action-clear-field = 필드 지우기
action-open-iam = IAM 정책 실습 열기
action-next-scenario = 다음 예제 시나리오 불러오기
action-prev-scenario = 이전 예제 시나리오 불러오기
action-custom-choose = 맞춤 학습: 팩, 태그, 작업 또는 검색으로 카드 학습
action-custom-leeches = 맞춤 학습: 거머리(leech) 카드 지금 학습
action-custom-missed = 맞춤 학습: 지난 시험에서 틀린 카드 학습
action-custom-these = 맞춤 학습: 이 카드들을 지금 학습(일정은 바뀌지 않음)

## 입력란이 받는 키 (도움말의 입력 행: keys/table.rs TYPING)

typing-answer = 답 입력(Space는 첫 글자 다음부터)
typing-answer-delete = 답의 마지막 글자 지우기
typing-search = 검색어 입력(?는 첫 글자 다음부터)
typing-search-delete = 검색어의 마지막 글자 지우기
typing-field = 커서가 있는 필드에 입력(?는 도움말)
typing-field-delete = 필드의 마지막 글자 지우기
typing-value = 새 값 입력
typing-value-delete = 값의 마지막 글자 지우기
typing-go-to = g 다음: 이동할 문제 번호 입력
typing-go-to-delete = g 다음: 마지막으로 입력한 숫자 지우기
typing-palette = 입력해서 동작 좁히기
typing-delete = 마지막 글자 지우기

## 키 레이블의 설명

key-note-empty-search = 빈 검색

## 명령 팔레트

palette-title = 동작: 입력해서 좁히기, { $hints }
palette-hint-choose = 선택
palette-hint-run = 실행
palette-hint-close = 닫기
palette-none = 일치하는 동작이 없습니다.
help-title = 키

# 찾아보기: 검색 줄, 목록, 상세 창, 카드 일정을 바꿀 때의 안내.

browse-search = 검색:
browse-searching = 검색 중: 항목 { $all }개 중 { $done }개 확인
browse-count = 항목 { $all }개 중 { $shown }개, { $sort }
browse-sort-relevance = 관련성순
browse-sort-id = ID순
browse-sort-due = 기한순
browse-title = 카드와 문제
browse-nothing = 일치하는 항목이 없습니다. Backspace 키로 검색 범위를 넓히십시오.

## 검색어의 필터 이름 (두 언어의 이름을 모두 받습니다)

browse-filter-pack = 팩
browse-filter-kind = 종류
browse-filter-state = 상태
browse-filter-domain = 도메인
browse-filter-tag = 태그
browse-filter-service = 서비스

## 목록의 열: 항목의 종류와 상태 (검색어의 종류:, 상태:는 이 단어와 영어 단어를 모두 받습니다)

browse-kind-basic = 기본
browse-kind-cloze = 빈칸
browse-kind-numeric = 숫자
browse-kind-generated = 생성
browse-kind-question = 문제
browse-state-new = 새 카드
browse-state-learning = 학습 중
browse-state-review = 복습
browse-state-due = 오늘 학습
browse-state-suspended = 일시 중지
browse-state-leech = 거머리

## 힌트

browse-hint-type = 입력하여 검색(팩: 종류: 상태: 도메인: 서비스: 태그:)
browse-hint-study = 이 카드 학습
browse-hint-suspend = 일시 중지
browse-hint-reset = 초기화
browse-hint-bury = 보류
browse-hint-open = 열기
browse-hint-copy = 복사
browse-hint-sort = 정렬
browse-hint-clear = 지우기

## 상세 창

browse-source = 출처: { $url }
browse-generated = 생성 연습 문제({ $generator }): 복습할 때마다 새 연습 문제가 나옵니다.
browse-never-studied = 새 카드: 아직 학습하지 않았습니다.
browse-phase-new = 새 카드
browse-phase-learning = 학습 중
browse-phase-review = 복습
browse-phase-relearning = 재학습
browse-flag-suspended = , 일시 중지됨
browse-flag-leech = , 거머리(leech)
browse-memory = , 안정성 { NUMBER($stability, minimumFractionDigits: 1, maximumFractionDigits: 1) }일, 난이도 { NUMBER($difficulty, minimumFractionDigits: 1, maximumFractionDigits: 1) }
browse-due-new = 새 카드로 학습을 시작할 때
browse-state = 상태: { $phase }{ $flags }, 답변 { $reps }회, 실패 { $lapses }회, 다음 학습: { $due }{ $memory }.
browse-history = { $date }  { $rating }  다음 간격 { $interval }

## 카드 일정 변경

browse-not-a-card = { $id }은(는) 카드가 아닌 시험 문제이므로 바꿀 일정이 없습니다.
browse-suspended = { $id }을(를) 일시 중지했습니다.
browse-unsuspended = { $id }의 일시 중지를 해제했습니다.
browse-buried = { $id }을(를) 내일까지 보류했습니다.
browse-reset-done = { $id }이(가) 다시 새 카드가 되었습니다. 기록은 유지됩니다.
browse-reset-ask = { $id }을(를) 새 카드로 만들려면 { $key } 키를 한 번 더 누르십시오(기록은 유지됨). 다른 키를 누르면 취소됩니다.
browse-save-error = 저장하지 못했습니다

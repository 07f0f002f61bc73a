# 학습 핵심부의 문구(src/study_text.rs), 맞춤 학습의 필터(src/content_text/custom.rs),
# `awsdrill study --list`(src/cli/study.rs).

## 입력한 답을 읽을 수 없는 이유 (core::drill::NumericError, core::calc::drills::CheckError)

study-numeric-empty = 먼저 숫자를 입력하십시오
study-numeric-not-a-number = `{ $typed }`은(는) 숫자가 아닙니다
study-numeric-wrong-unit = 답의 단위는 { $expected }입니다. `{ $typed }`은(는) 이 단위로 변환할 수 없습니다
study-check-empty = 먼저 답을 입력하십시오
study-check-not-a-decision = allow, explicit deny 또는 implicit deny(또는 a, e, i)를 입력하십시오
study-sched-error = 스케줄러: { $error }
study-bad-mode = `{ $mode }`은(는) 이 awsdrill이 아는 시험 모드가 아닙니다

## 숫자 카드의 단위 (core::drill::UnitRead)

study-time-ms = 밀리초
study-time-s = 초
study-time-min = 분
study-time-h = 시간
study-time-d = 일
study-time-w = 주
study-time-mo = 개월
study-time-y = 년
study-per-ms = 밀리초당
study-per-s = 초당
study-per-min = 분당
study-per-h = 시간당
study-per-d = 일당
study-per-w = 주당
study-per-mo = 월당
study-per-y = 연간
study-bytes = 바이트
# 단위만 보일 때 숫자가 들어갈 자리: "(단위: 초당 요청 N건)"
study-number-placeholder = N

## 간격 (숫자는 서식이 적용되어 전달됨: 10, 2.3)

study-interval-minutes = { $n }분
study-interval-hours = { $n }시간
study-interval-days = { $n }일
study-interval-months = { $n }개월
study-interval-years = { $n }년

## 맞춤 학습 세션이 학습하는 카드 (core::custom::Filter)

study-filter-pack = 팩 { $pack }
study-filter-domain = 도메인 { $domain }
study-filter-task = 작업 설명 { $code }
study-filter-task-titled = 작업 설명 { $code }({ $title })
study-filter-tag = 태그 { $tag }
study-filter-leeches = 거머리(leech) 카드
study-filter-missed-last = 지난 모의고사에서 틀린 카드
study-filter-missed-in = 시험 #{ $id }에서 틀린 카드
study-filter-all = 모든 카드
study-filter-search = 검색 "{ $query }"

## 입력한 필터를 읽을 수 없는 이유 (core::custom::FilterError)

study-filter-error-empty = 학습할 카드를 입력하십시오.
study-filter-error-domain = `{ $typed }`은(는) 도메인이 아닙니다. development, security, deployment, troubleshooting(또는 1~4) 중 하나를 입력하십시오.
study-filter-error-task = `{ $typed }`은(는) 시험 가이드의 작업 설명이 아닙니다(1.1~4.3).

## 시험 가이드의 도메인과 작업 설명 (core::domain)

study-domain-development = AWS 서비스를 사용한 개발
study-domain-security = 보안
study-domain-deployment = 배포
study-domain-troubleshooting = 문제 해결 및 최적화
study-task-1-1 = AWS에서 호스팅되는 애플리케이션의 코드 개발
study-task-1-2 = AWS Lambda용 코드 개발
study-task-1-3 = 애플리케이션 개발에 데이터 스토어 사용
study-task-2-1 = 애플리케이션 및 AWS 서비스의 인증 및/또는 권한 부여 구현
study-task-2-2 = AWS 서비스를 사용한 암호화 구현
study-task-2-3 = 애플리케이션 코드의 민감한 데이터 관리
study-task-3-1 = AWS에 배포할 애플리케이션 아티팩트 준비
study-task-3-2 = 개발 환경에서 애플리케이션 테스트
study-task-3-3 = 배포 테스트 자동화
study-task-3-4 = AWS CI/CD 서비스를 사용한 코드 배포
study-task-4-1 = 근본 원인 분석 지원
study-task-4-2 = 관찰성을 위한 코드 계측
study-task-4-3 = AWS 서비스 및 기능을 사용한 애플리케이션 최적화

## awsdrill study --list

study-list-title = 카드 { $n }장: { $filter }(기억할 가능성이 가장 낮은 카드부터, 새 카드는 마지막. 일시 중지 및 보류된 카드는 제외, 거머리 카드는 예외)

# 네 가지 평가: 버튼과 힌트에 보이는 이름.
study-rating-again = 다시
study-rating-hard = 어려움
study-rating-good = 알맞음
study-rating-easy = 쉬움

# 앱의 틀: 탭 표시줄, 상태 표시줄, 터미널이 작거나 없을 때의 안내, 여러 화면이 함께 쓰는 개수.

## 탭 표시줄

tab-home = 홈
tab-drill = 학습
tab-exam = 시험
tab-calc = 계산기
tab-browse = 찾아보기
tab-stats = 통계
tab-settings = 설정
tab-iam = IAM

## 화면들이 함께 쓰는 힌트 단어

hint-help = 도움말
hint-back = 뒤로
hint-quit = 종료

## 터미널

too-small-title = 터미널이 너무 작습니다
too-small-size = 이 창은 { $width }x{ $height }입니다. awsdrill을 사용하려면 { $min_width }x{ $min_height } 이상이어야 합니다.
too-small-do = 창을 키우거나 { $key } 키를 눌러 종료하십시오.
no-terminal = 앱을 실행하려면 터미널이 필요합니다(표준 입력과 출력이 터미널이 아닙니다: 스크립트, 파이프 또는 -t 없는 ssh). 다음 명령은 터미널 없이 작동합니다: { $commands } (전체 목록: awsdrill --help)

## 홈이나 메시지 줄에 알리는 문제

backup-failed = 오늘의 백업을 만들지 못했습니다: { $error }
backup-stopped = 백업이 예기치 않게 중지되었습니다
refresh-counts-failed = 오늘의 카드 수를 세지 못했습니다
load-text-failed = 카드의 텍스트를 불러오지 못했습니다
terminal-error = 터미널: { $error }

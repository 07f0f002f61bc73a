# 설정: 각 설정의 의미, 화면의 문구, 값을 저장하지 못한 이유.
# 설정 이름은 config.toml의 키이므로 모든 언어에서 그대로 씁니다.

settings-title = 설정 저장 위치: { $path }
settings-path-none = (저장되지 않음)
settings-hint-choose = 선택
settings-hint-edit = 편집
settings-hint-switch = 켜기/끄기
settings-hint-save = 저장
settings-hint-cancel = 취소
settings-hint-apply = (변경 사항은 즉시 적용됩니다)
settings-saved = { $key } 설정을 저장했습니다.
settings-no-file = 여기서는 설정을 저장할 수 없습니다(설정 파일 없음).
settings-not-applied = 저장했지만 적용하지 못했습니다
settings-not-saved = 저장하지 못했습니다: { $error }

## 각 설정의 의미 (setting-<config 키>)

setting-desired_retention = 카드 복습 시점의 목표 기억률, 0.70~0.97
setting-new_cards_per_day = 하루에 새로 학습할 카드 수
setting-max_reviews_per_day = 하루 최대 복습 수
setting-learning_steps = 학습 단계(예: 1m 10m)
setting-relearning_steps = 재학습 단계(예: 10m)
setting-rollover_hour = 학습일이 시작되는 시각(0-23, 현지 시간)
setting-leech_threshold = 카드를 거머리(leech)로 표시할 실패 횟수
setting-exam_date = 시험일, YYYY-MM-DD(비우면 없음)
setting-theme = dark, light 또는 high-contrast
setting-language = 화면, 카드, 문제 언어: auto, en 또는 ko
setting-type_cloze_answers = on: 빈칸 카드의 답을 보기 전에 입력

## 값을 저장하지 못한 이유 (core::config::SetError)

set-error-not-toml = { $file } 파일이 올바른 TOML이 아닙니다: { $error }
set-error-not-a-date = exam_date: `{ $typed }`은(는) 2027-01-15 형식의 날짜가 아닙니다.
set-error-not-a-number = { $key }: `{ $typed }`은(는) 숫자가 아닙니다.
set-error-not-a-whole-number = { $key }: `{ $typed }`은(는) 정수가 아닙니다.
set-error-not-on-off = { $key }: `{ $typed }`은(는) on 또는 off가 아닙니다.

## 설정 파일의 문제 (core::config의 발견 사항)

config-toml-syntax = 올바르지 않은 TOML입니다: { $error }
config-out-of-range = { $key } 값이 { $value }입니다. { $lo }에서 { $hi } 사이여야 합니다.
config-fraction-out-of-range = { $key } 값이 { $value }입니다. { NUMBER($lo, minimumFractionDigits: 2, maximumFractionDigits: 2) }에서 { NUMBER($hi, minimumFractionDigits: 2, maximumFractionDigits: 2) } 사이여야 합니다.
config-bad-step = { $key }의 단계 `{ $step }`은(는) 30s, 10m, 1h, 1d 같은 기간이 아닙니다.
config-bad-language = 언어 `{ $name }`은(는) auto, en, ko 중 하나가 아닙니다.
config-bad-theme = 테마 `{ $name }`은(는) dark, light, high-contrast 중 하나가 아닙니다.

# 데이터 명령: backup, restore, export, import, optimize, paths, anki, csv.

## backup과 restore

data-backed-up = 저장소를 { $path }에 백업했습니다.
data-restore-question = { $store }의 저장소를 { $file }(으)로 바꾸시겠습니까? 현재 저장소는 먼저 { $backups }에 보관됩니다.
data-restore-refused = restore는 저장소를 바꿉니다. 터미널에서 실행하여 확인하거나 --yes를 지정하십시오.
data-restored-kept = { $file }을(를) 복원했습니다. 이전 저장소는 { $kept }에 보관되어 있습니다.
data-restored = { $file }을(를) 복원했습니다.
data-backups-hint = 백업은 { $dir }에 있습니다(awsdrill paths로 위치를 확인할 수 있습니다).
data-backup-missing = { $file }이(가) 없습니다. { $hint }
data-backup-not-a-database = { $file }은(는) awsdrill 백업이 아닙니다. awsdrill 데이터베이스가 아닙니다(다른 종류의 파일이거나 읽을 수 없을 만큼 손상된 파일). 아무것도 변경하지 않았습니다. { $hint }
data-backup-damaged = { $file }은(는) 손상된 awsdrill 백업입니다. 아무것도 변경하지 않았습니다. 더 오래된 백업을 선택하십시오. { $hint }
data-what-backup = 백업
data-backup-exists = { $path }이(가) 이미 있습니다. 잠시 후 다시 시도하십시오.
data-cannot-create = { $path }을(를) 만들 수 없습니다
data-cannot-copy = { $path }을(를) 복사할 수 없습니다
data-cannot-remove = { $path }을(를) 삭제할 수 없습니다
data-cannot-move-backup = 백업을 { $path }(으)로 옮길 수 없습니다
data-cannot-keep-store = 현재 저장소를 { $path }에 보관할 수 없습니다
data-cannot-rename = { $from }의 이름을 { $to }(으)로 바꿀 수 없습니다
data-copy-failed-check = 복사본 { $path }이(가) 검사를 통과하지 못했습니다
data-restore-hint = { $error }
    가장 최근 백업은 { $backup }입니다(integrity_check 통과). 이 백업으로 되돌리려면: awsdrill restore { $backup }
data-no-sound-backup = { $error }
    { $dir }에 손상되지 않은 백업이 없습니다.

## export와 import

data-exported = 카드 상태 { $cards }개, 답변 { $answers }회, 시험 응시 { $exams }회를 { $file }(으)로 내보냈습니다.
data-exported-custom = 그리고 사용자 지정 학습 답변 { $n }회(예약에는 영향을 주지 않았습니다)
data-what-export = 내보내기 파일
data-import-too-large = { $file }: 파일 크기가 { $bytes }바이트입니다. 가져오기는 { $limit }바이트까지 허용됩니다.
data-not-an-export = { $at }: awsdrill 내보내기 파일이 아닙니다: { $error }
data-importing = 가져오는 중: 행 { $total }개 중 { $done }개({ $percent } %)
data-imported = 카드 상태 { $cards }개, 답변 { $answers }회, 시험 응시 { $exams }회를 가져왔습니다(이미 있던 데이터는 그대로 두었습니다).
data-imported-custom = 사용자 지정 학습 답변 { $n }회를 가져왔습니다(예약에는 영향을 주지 않습니다).
data-cannot-write = { $path }에 쓸 수 없습니다: { $reason }
data-not-a-file-name = { $path }에 쓸 수 없습니다: 파일 이름이 아닙니다

## 확인

data-confirm = { $question } 계속하려면 yes를 입력하십시오:{ " " }
data-nothing-changed = 아무것도 변경하지 않았습니다.

## optimize

data-optimize-too-few = 최적화할 복습이 부족합니다. fsrs 최적화 도구에는 카드의 이전 답변으로부터 하루 이상 지나서 한 답변이 { $min }회 이상 필요합니다. 복습 기록에는 { $usable }회 있습니다(전체 답변 { $answers }회).
data-optimizing = 답변 { $answers }회로 최적화하는 중(훈련 항목 { $items }개, 하루 이상 간격 { $usable }회)...
data-params-defaults = 기본값
data-params-current = 현재
data-params-new = 새 값
data-log-loss = 로그 손실 { $before } -> { $after }(낮을수록 좋음)
data-rmse = RMSE       { $before } -> { $after }(낮을수록 좋음)
data-not-saved = 저장하지 않았습니다(--dry-run).
data-saved = 새 파라미터를 저장했습니다.
data-saved-forced = 새 파라미터를 저장했습니다(--force).
data-kept = 현재 파라미터를 유지했습니다. 새 파라미터가 기록에 더 잘 맞지 않습니다. 그래도 저장하려면 --force를 사용하십시오.
data-optimizer-stopped = 최적화 도구가 예기치 않게 중지되었습니다

## paths

data-path-config = 설정
data-path-data = 데이터
data-path-store = 저장소
data-path-packs = 내 팩
data-path-backups = 백업
data-path-cache = 팩 캐시

## anki와 csv: 팩 불러오기와 선택

data-not-loaded = { $file }에 오류가 있어 불러오지 않았습니다(awsdrill lint로 확인하십시오).
data-unknown-pack-id = --pack-id { $id }: 이 ID의 팩을 불러오지 않았습니다. 불러온 팩: { $known }
data-bad-pack-id = --pack-id { $id }: 팩 ID에는 영문 소문자, 숫자, 하이픈만 쓸 수 있고, 최대 64자이며, 하이픈으로 시작할 수 없습니다.

## anki export

data-anki-wrote = 팩 { $packs }개의 노트 { $notes }개를 { $file }에 썼습니다. basic 카드 { $basic }장과 numeric 카드 { $numeric }장은 `awsdrill Basic` 노트로, cloze 카드 { $cloze }장은 `awsdrill Cloze` 노트로 썼습니다.
data-anki-wrote-both = 팩 { $packs }개의 노트 { $notes }개를 { $file }에 썼습니다. basic 카드 { $basic }장과 numeric 카드 { $numeric }장은 `awsdrill Basic` 노트로, cloze 카드 { $cloze }장은 `awsdrill Cloze` 노트로 썼습니다. 그중 { $korean }개는 한국어 필드에 한국어가 있습니다.
data-anki-wrote-ko = 팩 { $packs }개의 노트 { $notes }개를 { $file }에 썼습니다. basic 카드 { $basic }장과 numeric 카드 { $numeric }장은 `awsdrill Basic` 노트로, cloze 카드 { $cloze }장은 `awsdrill Cloze` 노트로 썼습니다(한국어가 있는 카드는 한국어 텍스트로).
data-anki-left-out = 제외: 복습할 때마다 새 연습 문제를 만들어 고정된 텍스트가 없는 생성 연습 문제 { $generated }개와, Anki 노트 유형이 없는 시험 문제 { $questions }개.
data-anki-in-anki = Anki에서: File > Import. 나중에 내보낸 파일을 가져오면 복사본을 추가하지 않고 이 노트들을 업데이트합니다.

## anki import

data-what-anki = Anki 패키지
data-anki-no-source = { $file }: 카드 { $n }장이 출처 URL이 없는 노트에서 나왔습니다. --source URL(카드의 출처인 https 페이지. 팩의 모든 카드에는 출처가 있어야 합니다)을 지정하십시오.
data-anki-read = { $file }({ $format })을(를) 읽었습니다: 노트 { $notes }개.
data-anki-made = 노트 { $notes }개에서 카드 { $cards }장(basic { $basic }장, cloze { $cloze }장, numeric { $numeric }장)으로 팩 `{ $id }`을(를) 만들었습니다: { $path }
data-lints-with-warnings = 오류 없이 검사를 통과했고 경고가 { $warnings }개 있습니다: awsdrill lint { $path }
data-lints-clean = 문제 없이 검사를 통과했습니다.
data-skipped = 노트 { $n }개를 건너뛰었습니다: { $why }.
data-skipped-types = 노트 { $n }개를 건너뛰었습니다: { $why }(노트 유형: { $types }).
data-cloze-split = cloze 노트 { $n }개에 cloze 번호가 여러 개 있습니다. 번호마다 카드 한 장이 되었습니다(Anki에서 보이는 대로). 같은 그룹의 형제 카드입니다.
data-one-card-of-several = 노트 { $n }개의 노트 유형에 카드 템플릿이 여러 개 있습니다(Basic and reversed 등). 노트마다 앞면에서 뒷면으로 가는 카드 한 장이 되었습니다.
data-formatting-removed = 노트 { $n }개에서 HTML 서식(굵게, 색, 링크, 표)을 제거했습니다. 카드는 일반 텍스트입니다.
data-media-removed = 가져오지 않음: 필드의 그림 또는 소리 참조 { $refs }개와 패키지의 미디어 파일 { $files }개. 터미널에서는 표시할 수 없습니다.
data-fields-dropped = 노트 { $n }개에 앞면, 뒷면, 메모, 출처 외의 필드에 텍스트가 있습니다. 그 텍스트는 제외했습니다.
data-reviews-not-imported = 가져오지 않음: 복습 기록(답변 { $n }회). awsdrill은 새 카드를 처음부터 예약합니다.
data-skip-unreadable-note-types = 컬렉션의 노트 유형을 읽을 수 없어 어떤 노트도 변환할 수 없습니다
data-skip-unknown-note-type = 노트 유형이 컬렉션에 없습니다
data-skip-one-field = 노트 유형에 필드가 하나뿐이라 카드에 뒷면이 없습니다
data-skip-empty-field = 그림, 소리, HTML을 제거하면 앞면이나 뒷면이 비어 있습니다
data-skip-no-cloze = {"{{"}c1::...{"}}"} 빈칸이 없는 cloze 노트입니다
data-skip-nested-cloze = cloze 안에 cloze가 있어 awsdrill 카드에 담을 수 없습니다
data-skip-image-occlusion = 이미지 가림 노트는 그림의 일부를 가리는데, 터미널에서는 그림을 표시할 수 없습니다
data-skip-bad-cloze = 닫히지 않았거나 비어 있는 cloze 빈칸입니다
data-skip-bad-row = 행이 카드 종류에 맞지 않습니다
data-source-flag = --source { $source }: { $problem }

## 새 팩 저장

data-origin-anki = Anki 패키지 { $name }
data-origin-csv = CSV 파일 { $name }
data-no-card = 만들 수 있는 카드가 없어 팩을 쓰지 않았습니다
data-pack-file-exists = { $path }이(가) 이미 있습니다. 다른 --pack-id를 지정하거나 먼저 그 파일을 삭제하십시오.
data-pack-id-taken = --pack-id { $id }: 불러온 팩에 이미 이 ID가 있습니다({ $origin }). 다른 ID를 지정하십시오.
data-pack-too-large = 팩 크기가 { $bytes }바이트로 팩의 최대 크기({ $limit }바이트)보다 큽니다. 더 작은 덱을 가져오십시오.
data-pack-has-errors = { $origin }에서 만든 팩에 오류가 { $n }개 있어 쓰지 않았습니다(awsdrill의 버그입니다. 그 파일과 함께 보고해 주십시오).

## Anki 패키지

data-package-not-zip = { $file }: Anki 패키지(zip 아카이브)가 아닙니다. { $error }
data-package-no-collection = { $file }: Anki 패키지가 아닙니다(collection.anki2, collection.anki21, collection.anki21b가 없음)
data-package-too-new = { $file }: awsdrill이 읽지 못하는 형식으로 새 버전의 Anki가 쓴 파일입니다. Anki에서 "Support older Anki versions"를 선택하여 다시 내보내십시오.
data-package-too-large = { $file }: 컬렉션의 압축을 풀면 { $limit }바이트보다 큽니다
data-anki-not-sqlite = { $file }: Anki 컬렉션이 아닙니다(SQLite 데이터베이스가 아님)
data-anki-no-table = { $file }: Anki 컬렉션이 아닙니다(`{ $table }` 테이블이 없음)
data-anki-sqlite = { $file }: 컬렉션을 읽거나 쓰는 중 SQLite 오류가 발생했습니다({ $error })

## csv

data-csv-wrote = 팩 { $packs }개의 카드 { $rows }장을 CSV({ $columns })로 썼습니다.
data-csv-wrote-left-out = 팩 { $packs }개의 카드 { $rows }장을 CSV({ $columns })로 썼습니다. 고정된 텍스트가 없는 생성 연습 문제 { $generated }개는 제외했습니다.
data-what-csv = CSV 파일
data-csv-no-front = 머리글 행에 `front` 열이 없습니다(열: id, kind, front, back, note, tags, source, domain, group, front_ko, back_ko, note_ko).
data-csv-empty = 비어 있습니다. 이 카드에는 값이 필요합니다.
data-csv-unknown-kind = `{ $kind }`은(는) 카드 종류가 아닙니다. basic, cloze, numeric 중 하나를 지정하십시오.
data-csv-not-a-number = `{ $text }`은(는) numeric 답이 아닙니다. NUMBER UNIT 또는 NUMBER UNIT ±TOLERANCE(900 seconds ±5) 형식으로 쓰십시오.
data-csv-unknown-domain = `{ $domain }`은(는) 도메인이 아닙니다. development, security, deployment, troubleshooting 중 하나를 지정하십시오.
data-csv-bad-group = `{ $group }`은(는) 그룹 ID가 아닙니다. 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다(최대 64자).
data-csv-not-utf8 = 행의 { $cell }번째 셀이 UTF-8 텍스트가 아닙니다. 파일을 UTF-8로 저장하십시오(Excel에서는 CSV UTF-8).
data-csv-unreadable = 읽을 수 없습니다: { $error }
data-csv-problem = { $file }:{ $line }: { $problem }
data-csv-problem-column = { $file }:{ $line }: `{ $column }` 열: { $problem }
data-csv-problems = 문제 { $n }개. 팩을 쓰지 않았습니다.
data-csv-no-source = { $file }: 행 { $n }개의 `source`가 비어 있습니다. 채우거나 --source URL(카드의 출처인 https 페이지. 팩의 모든 카드에는 출처가 있어야 합니다)을 지정하십시오.
data-csv-made = { $file }의 카드 { $cards }장으로 팩 `{ $id }`을(를) 만들었습니다: { $path }

# IAM 정책 실습: 결정, 정책 유형, 정책 검증 결과, 평가 흐름의 각 단계, 각 문의 일치 여부, IAM 화면과
# `awsdrill iam`. 정책 JSON 요소 이름(Effect, Action, Resource, Condition, Principal, NotAction ...)과
# 값(Allow, Deny)은 정책에 쓰는 그대로 둡니다.
# 용어: https://docs.aws.amazon.com/ko_kr/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html

## 결정과 정책 유형

iam-decision = { $decision ->
        [allow] 허용
        [explicit-deny] 명시적 거부
       *[implicit-deny] 암시적 거부
    }
iam-policy-type = { $type ->
        [identity] 자격 증명 기반 정책
        [resource] 리소스 기반 정책
        [boundary] 권한 경계
        [session] 세션 정책
        [scp] 서비스 제어 정책(SCP)
       *[rcp] 리소스 제어 정책(RCP)
    }
iam-policy-label = { $type ->
        [identity] 자격 증명
        [resource] 리소스
        [boundary] 권한 경계
        [session] 세션
        [scp] SCP
       *[rcp] RCP
    }
iam-policy-key = { $type ->
        [identity] 자격 증명
        [resource] 리소스
        [boundary] 권한 경계
        [session] 세션
        [scp] SCP
       *[rcp] RCP
    }
iam-and = { $init } 및 { $last }

## 정책 검증 결과

iam-severity-error = 오류
iam-severity-warning = 경고
iam-want-string = 문자열
iam-want-string-or-list = 문자열 또는 문자열 목록
iam-want-object = 객체
iam-want-statements = 문 객체 또는 문 객체 목록
iam-want-principal = "*" 또는 {"{"}"AWS": "111122223333"{"}"} 같은 객체
iam-want-condition-value = 문자열, 숫자, 부울 또는 이들의 목록
iam-kind-string = 문자열
iam-kind-number = 숫자
iam-kind-date = 날짜(2026-01-31T12:00:00Z 같은 ISO 8601 또는 1970년 이후의 초)
iam-kind-bool = true 또는 false 값
iam-kind-binary = base64 텍스트
iam-kind-ip = IP 주소 또는 203.0.113.0/24 같은 CIDR 범위
iam-kind-arn = ARN
iam-finding-syntax = JSON이 올바르지 않습니다: { $message }
iam-json-bare-decimal-point = 숫자의 앞이나 뒤에 소수점만 둘 수 없습니다
iam-json-comment = 주석은 쓸 수 없습니다
iam-json-expected-colon = 객체 속성의 이름 뒤에 콜론(:)이 있어야 합니다
iam-json-expected-value = 객체 속성의 콜론(:) 뒤에 값이 있어야 합니다
iam-json-expected-digit = 숫자가 있어야 합니다
iam-json-expected-digit-after-minus = 음수 부호(-) 뒤에 숫자가 있어야 합니다
iam-json-expected-exponent = 숫자의 지수에 +, - 또는 숫자가 있어야 합니다
iam-json-expected-property-name = 객체 속성의 이름은 큰따옴표로 묶은 문자열이어야 합니다
iam-json-hexadecimal = 16진수는 쓸 수 없습니다
iam-json-expected-comma = 쉼표(,)가 있어야 합니다
iam-json-multiple-values = JSON 값이 둘 이상입니다(하나만 쓸 수 있음)
iam-json-non-finite = Infinity와 NaN은 쓸 수 없습니다
iam-json-single-quoted = 작은따옴표 문자열은 쓸 수 없습니다(큰따옴표를 쓰십시오)
iam-json-trailing-comma = 마지막 항목 뒤에 쉼표를 둘 수 없습니다
iam-json-unary-plus = 숫자 앞에 +를 둘 수 없습니다
iam-json-unexpected-close-brace = 여기에 올 수 없는 닫는 중괄호({"}"})
iam-json-unexpected-close-bracket = 여기에 올 수 없는 닫는 대괄호(])
iam-json-unexpected-colon = 여기에 올 수 없는 콜론(:)
iam-json-unexpected-comma = 여기에 올 수 없는 쉼표(,)
iam-json-unexpected-token = 여기에 올 수 없는 문자
iam-json-unexpected-token-in-object = 객체 안에 올 수 없는 문자
iam-json-unexpected-word = 따옴표 없는 단어(문자열은 큰따옴표로 묶으십시오)
iam-json-unterminated-array = 배열이 닫히지 않았습니다(] 없음)
iam-json-unterminated-comment = 주석 블록이 닫히지 않았습니다
iam-json-unterminated-object = 객체가 닫히지 않았습니다({"}"} 없음)
iam-json-unterminated-string = 문자열이 닫히지 않았습니다(닫는 큰따옴표 없음)
iam-json-too-deep = 중첩이 너무 깊습니다
iam-json-bad-escape = 문자열에 JSON에 없는 이스케이프(\)가 있습니다
iam-json-expected-hex-digits = \u 뒤에 16진수 4자리가 있어야 합니다
iam-json-bad-unicode-escape = 잘못된 유니코드 이스케이프입니다. '{ $escape }'은(는) 올바른 UTF-8 문자가 아닙니다
iam-finding-not-an-object = 정책은 하나의 JSON 객체입니다: {"{"} "Version": ..., "Statement": ... {"}"}
iam-finding-unknown-element-suggest = `{ $name }`은(는) 정책 요소가 아닙니다. 요소 이름은 대소문자를 구분합니다. `{ $suggestion }`(으)로 쓰십시오
iam-finding-unknown-element = `{ $name }`은(는) 이 위치의 정책 요소가 아닙니다
iam-finding-duplicate-element = `{ $name }`이(가) 같은 객체에 두 번 있습니다
iam-finding-no-statement = 정책에 `Statement`가 없습니다
iam-finding-missing-element = 이 문에 `{ $name }`이(가) 없습니다
iam-finding-conflicting-elements = `{ $first }`와(과) `{ $second }`은(는) 한 문에 함께 쓸 수 없습니다
iam-finding-wrong-type = `{ $element }`은(는) { $want }이어야 합니다
iam-finding-bad-version = Version "{ $found }"은(는) 없는 버전입니다. "2012-10-17"로 쓰십시오(현재 버전이며, "2008-10-17"은 이전 버전입니다)
iam-finding-no-version = `Version`이 없습니다. 이 정책은 2008-10-17로 읽히며, 이 버전에서는 ${"{"}aws:username{"}"} 같은 정책 변수가 일반 텍스트입니다. "Version": "2012-10-17"을 추가하십시오
iam-finding-bad-effect = Effect는 "{ $found }"이(가) 아니라 정확히 "Allow" 또는 "Deny"여야 합니다
iam-finding-empty-list = `{ $element }`이(가) 빈 목록입니다
iam-finding-notprincipal-allow = NotPrincipal은 "Effect": "Allow"와 함께 쓸 수 없습니다. 나열되지 않은 모든 보안 주체에게 액세스 권한을 부여하게 됩니다. NotPrincipal은 Deny와 함께만 쓰십시오
iam-finding-principal-not-allowed = { $policy ->
        [identity] 자격 증명 기반 정책
        [boundary] 권한 경계
        [session] 세션 정책
        [scp] 서비스 제어 정책
       *[other] 이 유형의 정책
    }에는 `Principal`을 쓸 수 없습니다. 보안 주체는 정책이 연결된 자격 증명입니다
iam-finding-principal-required = 리소스 기반 정책의 이 문에는 `Principal` 또는 `NotPrincipal`이 필요합니다
iam-finding-bad-principal-key = `{ $name }`은(는) 보안 주체의 종류가 아닙니다. AWS, Service, Federated 또는 CanonicalUser를 쓰십시오
iam-finding-bad-principal = "{ $value }"은(는) AWS 보안 주체가 아닙니다. "*", 12자리 계정 ID 또는 계정이 포함된 IAM이나 STS ARN(와일드카드 없이)을 쓰십시오
iam-finding-arn-no-prefix = "{ $value }"은(는) ARN이 아닙니다. ARN은 `arn:`으로 시작합니다(또는 "*"를 쓰십시오)
iam-finding-arn-too-few-parts = "{ $value }"에는 ARN의 여섯 부분(arn:partition:service:region:account:resource)이 다 있지 않습니다
iam-finding-arn-no-service = "{ $value }"에 서비스 부분이 없습니다
iam-finding-arn-bad-account = "{ $value }"의 계정 부분은 12자리 숫자이거나 비어 있거나 와일드카드여야 합니다
iam-finding-bad-action = "{ $value }"은(는) 작업이 아닙니다. s3:GetObject나 s3:Get*처럼 service:Action으로 쓰거나 "*"를 쓰십시오
iam-finding-unknown-operator-suggest = `{ $name }`은(는) 조건 연산자가 아닙니다. 연산자는 대소문자를 구분합니다. `{ $suggestion }`(으)로 쓰십시오(접두사와 IfExists가 있으면 함께)
iam-finding-unknown-operator = `{ $name }`은(는) 조건 연산자가 아닙니다
iam-finding-null-ifexists = `Null`에는 IfExists를 붙일 수 없습니다. Null 자체가 키의 존재 여부를 테스트합니다
iam-finding-bad-condition-value = { $op }은(는) { $want }을(를) 비교합니다. "{ $value }"은(는) 이에 해당하지 않습니다
iam-finding-variable-not-substituted = 정책 변수는 Version 2012-10-17에서만 대체됩니다. 이 정책은 { $version }이므로 여기의 `${"{"}...{"}"}`은(는) 일반 텍스트입니다
iam-finding-rcp-allow = RCP의 문은 Deny여야 합니다. 허용하는 것은 AWS 관리형 RCPFullAWSAccess뿐이며, 이 정책은 항상 연결되어 있습니다
iam-finding-not-in-rcp = `{ $element }`은(는) 리소스 제어 정책에 쓸 수 없습니다
iam-finding-duplicate-sid = Sid "{ $sid }"을(를) 이 정책의 다른 문이 이미 쓰고 있습니다

## 평가 흐름: 단계마다 한 문장과 그 결과

iam-check-deny-none = 거부 평가: 어느 정책에도 적용되는 Deny 문이 없습니다.
iam-check-deny = 거부 평가: { $types }에서 Deny 문이 적용됩니다. 명시적 거부는 모든 허용보다 우선합니다.
iam-check-rcp = 리소스 제어 정책: 거부하는 RCP가 없고, RCPFullAWSAccess(모든 루트, OU, 계정에 연결되며 분리할 수 없음)가 허용합니다.
iam-check-scp-allowed = 서비스 제어 정책: 보안 주체 계정의 SCP가 이 작업을 허용합니다.
iam-check-scp-denied = 서비스 제어 정책: 보안 주체 계정의 어떤 SCP도 이 작업을 허용하지 않습니다.
iam-check-resource-none = 리소스 기반 정책: 지정되지 않았습니다.
iam-check-resource-no-allow = 리소스 기반 정책: 적용되는 Allow 문이 없습니다.
iam-check-resource-account = 리소스 기반 정책: 보안 주체의 계정을 허용하므로, 결정은 그 계정의 자격 증명 기반 정책에 달려 있습니다.
iam-check-resource-user = 리소스 기반 정책: 이 IAM 사용자를 ARN으로 허용합니다. 같은 계정 안에서는 자격 증명 기반 정책이나 권한 경계의 암시적 거부가 이를 제한하지 않습니다.
iam-check-resource-session = 리소스 기반 정책: 이 역할 세션을 세션 ARN으로 허용합니다. 세션에 부여된 권한은 자격 증명 기반 정책, 권한 경계, 세션 정책의 암시적 거부로 제한되지 않습니다.
iam-check-resource-federated = 리소스 기반 정책: 이 페더레이션 사용자 세션을 ARN으로 허용합니다. 세션에 부여된 권한은 자격 증명 기반 정책, 권한 경계, 세션 정책의 암시적 거부로 제한되지 않습니다.
iam-check-resource-anyone = 리소스 기반 정책: 모든 보안 주체("*")를 허용하므로 이 보안 주체도 허용합니다.
iam-check-resource-not-listed = 리소스 기반 정책: NotPrincipal에 나열되지 않은 모든 보안 주체를 허용하므로 이 보안 주체도 허용합니다.
iam-check-resource-role = 리소스 기반 정책: 역할 ARN으로 역할을 허용합니다. 역할에 대한 허용도 권한 경계와 세션 정책으로 제한됩니다.
iam-check-root = 계정의 루트 사용자: 자격 증명 기반 정책이 적용되지 않으며, 자신의 계정에서 전체 액세스 권한을 가집니다.
iam-check-identity-allowed = 자격 증명 기반 정책: 요청을 허용하는 문이 있습니다.
iam-check-identity-denied = 자격 증명 기반 정책: 요청을 허용하는 문이 없습니다.
iam-check-boundary-allowed = 권한 경계: 요청을 허용합니다.
iam-check-boundary-denied = 권한 경계: 요청을 허용하지 않습니다(권한 경계는 제한만 하며 권한을 부여하지 않습니다).
iam-check-session-none = 세션 정책: 지정되지 않았습니다. 페더레이션 사용자 세션은 세션 정책이 없으면 권한이 없습니다.
iam-check-session-allowed = 세션 정책: 요청을 허용합니다.
iam-check-session-denied = 세션 정책: 요청을 허용하지 않습니다(세션 정책은 제한만 합니다).
iam-check-cross-none = 교차 계정: 리소스 계정에 보안 주체를 허용하는 리소스 기반 정책이 없습니다.
iam-check-cross-allowed = 교차 계정: 리소스 계정의 리소스 기반 정책도 보안 주체를 허용합니다.
iam-check-cross-denied = 교차 계정: 리소스 계정의 리소스 기반 정책이 보안 주체를 허용하지 않습니다.
iam-skipped-rcp = 리소스 제어 정책: 지정되지 않았습니다.
iam-skipped-scp = 서비스 제어 정책: 지정되지 않았습니다.
iam-skipped-boundary = 권한 경계: 지정되지 않았습니다.
iam-skipped-session = 세션 정책: 지정되지 않았습니다.
iam-then-continue = 계속
iam-then-skipped = 건너뜀
iam-then-decide = 최종 결정: { $decision }

## 문이 요청과 일치한 방식

iam-statement = 문 { $n }
iam-grantee-account = 계정
iam-grantee-anyone = "*"
iam-grantee-role = 역할
iam-grantee-user = 사용자
iam-grantee-federated-user = 페더레이션 사용자
iam-grantee-session = 세션
iam-grantee-not-listed = NotPrincipal에 없음
iam-match-action-yes = 작업 일치
iam-match-action-no = 작업 불일치
iam-match-resource-yes = 리소스 일치
iam-match-resource-no = 리소스 불일치
iam-match-principal-yes = 보안 주체 일치({ $grantee })
iam-match-principal-no = 보안 주체 불일치
iam-match-conditions = 조건 { $total }개 중 { $held }개 충족
iam-statement-applies = { $name } ({ $effect }): { $parts } -> 적용됨
iam-statement-does-not-apply = { $name } ({ $effect }): { $parts } -> 적용되지 않음

## 보고서(화면과 `awsdrill iam eval`)

iam-decision-line = 결정: { $decision }
iam-decision-line-by = 결정: { $decision } - { $by }에서 결정
iam-deciding = 결정한 문:
iam-path = 평가 흐름의 경로:

## `awsdrill iam eval`과 `awsdrill iam check`

iam-cli-request = 요청: { $principal }이(가) { $resource }에 대해 { $action }을(를) 요청합니다
iam-cli-accounts-same = 계정: 보안 주체 { $principal }, 리소스 { $resource }(같은 계정)
iam-cli-accounts-cross = 계정: 보안 주체 { $principal }, 리소스 { $resource }(교차 계정: 양쪽 모두 허용해야 함)
iam-cli-context = 컨텍스트: { $pairs }
iam-cli-from-principal = { $pair }(보안 주체에서 가져옴)
iam-cli-deciding-none = 결정한 문: 없음(암시적 거부: 허용해야 하는 정책 중 허용한 것이 없음)
iam-cli-by-type = 정책 유형별 문:
iam-cli-type-none = { $type }: 지정되지 않음
iam-cli-checked = 파일 { $files }개 검사: 오류 { $errors }개, 경고 { $warnings }개.
iam-cli-no-example = { $name } 예제가 없습니다. `awsdrill iam example`로 목록을 볼 수 있습니다
iam-cli-invalid = 정책이 올바르지 않아(위 참조) 아무것도 평가하지 않았습니다

## 요청과 정책 파일 읽기

iam-principal-not-arn = "{ $value }"은(는) ARN이 아닙니다(arn:aws:iam::111122223333:user/NAME, role/NAME, root 또는 arn:aws:sts::111122223333:assumed-role/ROLE/SESSION, federated-user/NAME)
iam-principal-bad-account = "{ $value }"의 계정 부분 "{ $account }"이(가) 12자리 숫자가 아닙니다
iam-principal-unsupported = "{ $value }"은(는) IAM 사용자, 역할, 루트 ARN도, STS assumed-role이나 federated-user ARN도 아닙니다
iam-request-bad-action = "{ $value }"은(는) 작업이 아닙니다. s3:GetObject처럼 service:Action으로 쓰십시오(와일드카드 없이: 요청은 작업 하나를 지정합니다)
iam-request-bad-resource = "{ $value }"은(는) ARN(arn:partition:service:region:account:resource)도 *도 아닙니다
iam-request-bad-account = "{ $value }"은(는) 12자리 계정 ID가 아닙니다
iam-context-no-equals = "{ $pair }"에 `=`가 없습니다. aws:SourceIp=203.0.113.7처럼 KEY=VALUE로 쓰십시오
iam-context-empty-key = "{ $pair }"에서 `=` 앞에 키가 없습니다
iam-file-no-example = { $spec }: 그런 예제가 없습니다. 예제는 { $names }입니다
iam-file-is-folder = { $spec }: 정책 파일이 아니라 폴더입니다
iam-file-not-regular = { $spec }: 일반 파일이 아닙니다(파이프나 장치입니까?)
iam-file-too-big = { $spec }: { $size }바이트로, 정책 파일 최대 크기 { $max }바이트보다 큽니다
iam-file-not-utf8 = { $spec }: UTF-8 텍스트가 아닙니다(오프셋 { $offset }에 잘못된 바이트)
iam-file-error = { $spec }: { $reason }
iam-file-not-found = 파일이 없습니다
iam-file-permission-denied = 권한이 거부되었습니다

## IAM 화면

iam-screen-example = 예제 { $total }개 중 { $n }번째: { $title }
iam-screen-box = 결정과 추적
iam-screen-fix = 빨간색으로 표시된 필드를 고치십시오:
iam-screen-one-policy = 정책은 하나만 지정할 수 있습니다
iam-screen-flipped = 결정이 바뀌었습니다: { $field } 필드 편집 후 { $from } -> { $to }.
iam-screen-accounts = 계정: 보안 주체 { $principal }, 리소스 { $resource }
iam-screen-accounts-cross = 계정: 보안 주체 { $principal }, 리소스 { $resource }(교차 계정: 양쪽 모두 허용해야 함)
iam-screen-deciding-none = 결정한 문: 없음(허용해야 하는 정책 중 허용한 것이 없음)
iam-screen-every = 모든 문:
iam-hint-next-field = 다음 필드
iam-hint-example = 예제
iam-hint-scroll = 스크롤
iam-hint-clear = 지우기
iam-field-principal = 보안 주체
iam-field-principal-hint = arn:aws:iam::111122223333:user/NAME 또는 역할 세션 ARN
iam-field-action = 작업
iam-field-action-hint = service:Action(예: s3:GetObject)
iam-field-resource = 리소스
iam-field-resource-hint = 리소스 ARN 또는 *
iam-field-res-account = 리소스 계정
iam-field-res-account-hint = 다른 계정의, 계정이 없는 ARN(S3)에만
iam-field-context = 컨텍스트
iam-field-context-hint = 키=값. 여러 개는 ;로 구분(다중 값 키는 a,b)
iam-field-identity = 자격 증명
iam-field-identity-hint = 정책 파일 또는 example:NAME, 공백으로 구분
iam-field-resource-policy = 리소스 정책
iam-field-resource-policy-hint = 파일 또는 example:NAME(버킷 정책, 키 정책 ...)
iam-field-boundary = 권한 경계
iam-field-boundary-hint = 파일 또는 example:NAME
iam-field-session = 세션 정책
iam-field-session-hint = 파일 또는 example:NAME
iam-field-scps = SCP
iam-field-scps-hint = 파일 또는 example:NAME, 모두 같은 수준
iam-field-rcps = RCP
iam-field-rcps-hint = 파일 또는 example:NAME(RCPFullAWSAccess는 항상 포함)
iam-scenario-carlos = Carlos와 로그 버킷(같은 계정)
iam-scenario-cross-account = 교차 계정: 다른 계정의 Production 버킷
iam-scenario-boundary = Shirley의 권한 경계
iam-scenario-role-or-session = 역할 또는 세션을 지정하는 버킷 정책
iam-scenario-scps = SCP: NotAction으로 두 리전 밖을 거부
iam-scenario-mfa = 인스턴스 중지에 MFA 필요(BoolIfExists)
iam-scenario-session-policy = 세션 정책이 역할 세션을 제한
iam-scenario-home-folder = ${"{"}aws:username{"}"}을(를) 쓰는 홈 폴더

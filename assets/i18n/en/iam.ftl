# The IAM policy lab: the decision, the policy types, findings of policy validation, each step of
# the evaluation flow, each statement's match, the IAM screen and `awsdrill iam`.
# Policy JSON element names (Effect, Action, Resource, Condition, Principal, NotAction ...) and
# values (Allow, Deny) stay as written in a policy.

## Decisions and policy types ($decision and $type are the keys of the JSON output)

iam-decision = { $decision ->
        [allow] Allow
        [explicit-deny] explicit Deny
       *[implicit-deny] implicit Deny
    }
# In sentences.
iam-policy-type = { $type ->
        [identity] identity-based policies
        [resource] resource-based policy
        [boundary] permissions boundary
        [session] session policy
        [scp] service control policies (SCPs)
       *[rcp] resource control policies (RCPs)
    }
# Short labels (the screen's lists and the command's list of statements).
iam-policy-label = { $type ->
        [identity] Identity
        [resource] Resource
        [boundary] Boundary
        [session] Session
        [scp] SCP
       *[rcp] RCP
    }
# The type of a deciding statement in `awsdrill iam eval` (English shows the key, as `--json`).
iam-policy-key = { $type }
# Two or more policy types in a sentence: "identity-based policies and permissions boundary".
iam-and = { $init } and { $last }

## Validation findings

iam-severity-error = error
iam-severity-warning = warning
iam-want-string = a string
iam-want-string-or-list = a string or a list of strings
iam-want-object = an object
iam-want-statements = a statement object or a list of statement objects
iam-want-principal = "*" or an object such as {"{"}"AWS": "111122223333"{"}"}
iam-want-condition-value = a string, number or boolean, or a list of them
iam-kind-string = strings
iam-kind-number = numbers
iam-kind-date = dates (ISO 8601 such as 2026-01-31T12:00:00Z, or seconds since 1970)
iam-kind-bool = the values true and false
iam-kind-binary = base64 text
iam-kind-ip = IP addresses or CIDR ranges such as 203.0.113.0/24
iam-kind-arn = ARNs
iam-finding-syntax = the JSON is not valid: { $message }
iam-json-bare-decimal-point = Leading or trailing decimal points on numbers are not allowed
iam-json-comment = Comments are not allowed
iam-json-expected-colon = Expected colon after the string or word in object property
iam-json-expected-value = Expected value after colon in object property
iam-json-expected-digit = Expected digit
iam-json-expected-digit-after-minus = Expected digit following negative sign
iam-json-expected-exponent = Expected plus, minus, or digit in number literal
iam-json-expected-property-name = Expected string for object property
iam-json-hexadecimal = Hexadecimal numbers are not allowed
iam-json-expected-comma = Expected comma
iam-json-multiple-values = Text cannot contain more than one JSON value
iam-json-non-finite = Infinity and NaN are not allowed
iam-json-single-quoted = Single-quoted strings are not allowed
iam-json-trailing-comma = Trailing commas are not allowed
iam-json-unary-plus = Unary plus on numbers is not allowed
iam-json-unexpected-close-brace = Unexpected close brace
iam-json-unexpected-close-bracket = Unexpected close bracket
iam-json-unexpected-colon = Unexpected colon
iam-json-unexpected-comma = Unexpected comma
iam-json-unexpected-token = Unexpected token
iam-json-unexpected-token-in-object = Unexpected token in object
iam-json-unexpected-word = Unexpected word
iam-json-unterminated-array = Unterminated array
iam-json-unterminated-comment = Unterminated comment block
iam-json-unterminated-object = Unterminated object
iam-json-unterminated-string = Unterminated string literal
iam-json-too-deep = Maximum nesting depth exceeded
iam-json-bad-escape = Invalid escape in double quote string
iam-json-expected-hex-digits = Expected four hex digits
iam-json-bad-unicode-escape = Invalid unicode escape sequence. '{ $escape }' is not a valid UTF8 character
iam-finding-not-an-object = a policy is one JSON object: {"{"} "Version": ..., "Statement": ... {"}"}
iam-finding-unknown-element-suggest = `{ $name }` is not a policy element: element names are case sensitive; write `{ $suggestion }`
iam-finding-unknown-element = `{ $name }` is not a policy element here
iam-finding-duplicate-element = `{ $name }` is given twice in the same object
iam-finding-no-statement = the policy has no `Statement`
iam-finding-missing-element = this statement has no `{ $name }`
iam-finding-conflicting-elements = `{ $first }` and `{ $second }` cannot both be in one statement
iam-finding-wrong-type = `{ $element }` must be { $want }
iam-finding-bad-version = Version "{ $found }" does not exist: write "2012-10-17" (the current version; "2008-10-17" is the old one)
iam-finding-no-version = no `Version`: the policy is read as 2008-10-17, where policy variables such as ${"{"}aws:username{"}"} are plain text; add "Version": "2012-10-17"
iam-finding-bad-effect = Effect must be "Allow" or "Deny", written so, not "{ $found }"
iam-finding-empty-list = `{ $element }` is an empty list
iam-finding-notprincipal-allow = NotPrincipal with "Effect": "Allow" is not allowed: it would grant access to everyone not listed; use NotPrincipal only with Deny
iam-finding-principal-not-allowed = `Principal` has no place in a { $policy ->
        [identity] identity-based policy
        [boundary] permissions boundary
        [session] session policy
        [scp] service control policy
       *[other] policy of this type
    }: the principal is the identity it is attached to
iam-finding-principal-required = this statement of a resource-based policy needs `Principal` or `NotPrincipal`
iam-finding-bad-principal-key = `{ $name }` is not a kind of principal: use AWS, Service, Federated or CanonicalUser
iam-finding-bad-principal = "{ $value }" is not an AWS principal: use "*", a 12-digit account ID, or an IAM or STS ARN with its account (no wildcards inside)
iam-finding-arn-no-prefix = "{ $value }" is not an ARN: an ARN starts with `arn:` (or use "*")
iam-finding-arn-too-few-parts = "{ $value }" has fewer than the six parts of an ARN (arn:partition:service:region:account:resource)
iam-finding-arn-no-service = "{ $value }" has no service part
iam-finding-arn-bad-account = the account part of "{ $value }" must be 12 digits, empty, or a wildcard
iam-finding-bad-action = "{ $value }" is not an action: write service:Action, such as s3:GetObject or s3:Get*, or "*"
iam-finding-unknown-operator-suggest = `{ $name }` is not a condition operator: operators are case sensitive; write `{ $suggestion }` (with its prefix and IfExists, if any)
iam-finding-unknown-operator = `{ $name }` is not a condition operator
iam-finding-null-ifexists = `Null` cannot take IfExists: Null itself tests whether the key exists
iam-finding-bad-condition-value = { $op } compares { $want }: "{ $value }" is not one
iam-finding-variable-not-substituted = policy variables are substituted only under Version 2012-10-17; this policy is { $version }, so `${"{"}...{"}"}` here is plain text
iam-finding-rcp-allow = an RCP statement must be a Deny: only the AWS-managed RCPFullAWSAccess allows, and it is always attached
iam-finding-not-in-rcp = `{ $element }` cannot be used in a resource control policy
iam-finding-duplicate-sid = Sid "{ $sid }" is used by another statement of this policy

## The evaluation flow: one sentence per box, and where it led

iam-check-deny-none = Deny evaluation: no Deny statement applies in any policy.
iam-check-deny = Deny evaluation: a Deny statement applies in the { $types }; an explicit deny overrides every allow.
iam-check-rcp = Resource control policies: none denies, and RCPFullAWSAccess (attached to every root, OU and account, and never detached) allows.
iam-check-scp-allowed = Service control policies: an SCP of the principal's account allows the action.
iam-check-scp-denied = Service control policies: no SCP of the principal's account allows the action.
iam-check-resource-none = Resource-based policy: none given.
iam-check-resource-no-allow = Resource-based policy: no Allow statement applies.
iam-check-resource-account = Resource-based policy: it allows the principal's account, which leaves the decision to the account's identity-based policies.
iam-check-resource-user = Resource-based policy: it allows this IAM user by its ARN; within one account an implicit deny in identity-based policies or the permissions boundary does not limit that.
iam-check-resource-session = Resource-based policy: it allows this role session by its session ARN; permissions granted to a session are not limited by an implicit deny in identity-based policies, the boundary or the session policy.
iam-check-resource-federated = Resource-based policy: it allows this federated user session by its ARN; permissions granted to a session are not limited by an implicit deny in identity-based policies, the boundary or the session policy.
iam-check-resource-anyone = Resource-based policy: it allows everyone ("*"), this principal included.
iam-check-resource-not-listed = Resource-based policy: it allows every principal not listed in NotPrincipal, this one included.
iam-check-resource-role = Resource-based policy: it allows the role by its role ARN; a grant to the role is still limited by the permissions boundary and the session policy.
iam-check-root = The account's root user: identity-based policies do not apply to it; it has full access in its own account.
iam-check-identity-allowed = Identity-based policies: a statement allows the request.
iam-check-identity-denied = Identity-based policies: no statement allows the request.
iam-check-boundary-allowed = Permissions boundary: it allows the request.
iam-check-boundary-denied = Permissions boundary: it does not allow the request (a boundary only limits; it never grants).
iam-check-session-none = Session policy: none given; a federated user session has no permissions without one.
iam-check-session-allowed = Session policy: it allows the request.
iam-check-session-denied = Session policy: it does not allow the request (a session policy only limits).
iam-check-cross-none = Cross-account: the resource's account has no resource-based policy to allow the principal.
iam-check-cross-allowed = Cross-account: the resource-based policy in the resource's account allows the principal too.
iam-check-cross-denied = Cross-account: the resource-based policy in the resource's account does not allow the principal.
iam-skipped-rcp = Resource control policies: none given.
iam-skipped-scp = Service control policies: none given.
iam-skipped-boundary = Permissions boundary: none given.
iam-skipped-session = Session policy: none given.
iam-then-continue = continue
iam-then-skipped = skipped
iam-then-decide = final decision: { $decision }

## How a statement met the request

iam-statement = statement { $n }
iam-grantee-account = its account
iam-grantee-anyone = "*"
iam-grantee-role = its role
iam-grantee-user = the user
iam-grantee-federated-user = the federated user
iam-grantee-session = the session
iam-grantee-not-listed = not listed in NotPrincipal
iam-match-action-yes = action yes
iam-match-action-no = action no
iam-match-resource-yes = resource yes
iam-match-resource-no = resource no
iam-match-principal-yes = principal yes ({ $grantee })
iam-match-principal-no = principal no
iam-match-conditions = conditions { $held } of { $total } hold
iam-statement-applies = { $name } ({ $effect }): { $parts } -> applies
iam-statement-does-not-apply = { $name } ({ $effect }): { $parts } -> does not apply

## The report (the screen and `awsdrill iam eval`)

iam-decision-line = Decision: { $decision }
iam-decision-line-by = Decision: { $decision } (decided by the { $by })
iam-deciding = Deciding statements:
iam-path = Path through the evaluation flow:

## `awsdrill iam eval` and `awsdrill iam check`

iam-cli-request = Request: { $principal } asks for { $action } on { $resource }
iam-cli-accounts-same = Accounts: principal { $principal }, resource { $resource } (same account)
iam-cli-accounts-cross = Accounts: principal { $principal }, resource { $resource } (cross-account: both sides must allow)
iam-cli-context = Context: { $pairs }
iam-cli-from-principal = { $pair } (from the principal)
iam-cli-deciding-none = Deciding statements: none (an implicit deny: nothing that had to allow did)
iam-cli-by-type = Statements by policy type:
iam-cli-type-none = { $type }: none given
iam-cli-checked = { $files } file(s) checked: { $errors } error(s), { $warnings } warning(s).
iam-cli-no-example = no example named { $name }; `awsdrill iam example` lists them
iam-cli-invalid = a policy is invalid (see above); nothing was evaluated

## Reading the request and policy files

iam-principal-not-arn = "{ $value }" is not an ARN (arn:aws:iam::111122223333:user/NAME, role/NAME, root, or arn:aws:sts::111122223333:assumed-role/ROLE/SESSION, federated-user/NAME)
iam-principal-bad-account = the account part "{ $account }" of "{ $value }" is not 12 digits
iam-principal-unsupported = "{ $value }" is not an IAM user, role or root ARN, nor an STS assumed-role or federated-user ARN
iam-request-bad-action = "{ $value }" is not an action: write service:Action, such as s3:GetObject (no wildcards: a request names one action)
iam-request-bad-resource = "{ $value }" is not an ARN (arn:partition:service:region:account:resource) or *
iam-request-bad-account = "{ $value }" is not a 12-digit account ID
iam-context-no-equals = "{ $pair }" has no `=`: write KEY=VALUE, such as aws:SourceIp=203.0.113.7
iam-context-empty-key = "{ $pair }" has no key before `=`
iam-file-no-example = { $spec }: no such example; the examples are { $names }
iam-file-is-folder = { $spec }: is a folder, not a policy file
iam-file-not-regular = { $spec }: is not a regular file (a pipe or a device?)
iam-file-too-big = { $spec }: { $size } bytes is more than the { $max } bytes a policy file may have
iam-file-not-utf8 = { $spec }: not UTF-8 text (invalid byte at offset { $offset })
iam-file-error = { $spec }: { $reason }
iam-file-not-found = no such file
iam-file-permission-denied = permission denied

## The IAM screen

iam-screen-example = Example { $n } of { $total }: { $title }
iam-screen-box = Decision and trace
iam-screen-fix = Fix the fields marked in red:
iam-screen-one-policy = one policy only
iam-screen-flipped = Flipped: { $from } -> { $to } after editing { $field }.
iam-screen-accounts = Accounts: principal { $principal }, resource { $resource }
iam-screen-accounts-cross = Accounts: principal { $principal }, resource { $resource } (cross-account: both sides must allow)
iam-screen-deciding-none = Deciding statements: none (nothing that had to allow did)
iam-screen-every = Every statement:
iam-hint-next-field = next field
iam-hint-example = example
iam-hint-scroll = scroll
iam-hint-clear = clear
# The form's fields: the label and what to type while the field is empty.
iam-field-principal = Principal
iam-field-principal-hint = arn:aws:iam::111122223333:user/NAME, or an assumed-role session ARN
iam-field-action = Action
iam-field-action-hint = service:Action, such as s3:GetObject
iam-field-resource = Resource
iam-field-resource-hint = the resource ARN, or *
iam-field-res-account = Res. account
iam-field-res-account-hint = only for an ARN without account (S3) in another account
iam-field-context = Context
iam-field-context-hint = key=value; several separated by ; (a,b for a multivalued key)
iam-field-identity = Identity
iam-field-identity-hint = policy files or example:NAME, separated by spaces
iam-field-resource-policy = Resource pol.
iam-field-resource-policy-hint = a file or example:NAME (bucket policy, key policy ...)
iam-field-boundary = Boundary
iam-field-boundary-hint = a file or example:NAME
iam-field-session = Session pol.
iam-field-session-hint = a file or example:NAME
iam-field-scps = SCPs
iam-field-scps-hint = files or example:NAME, all at one level
iam-field-rcps = RCPs
iam-field-rcps-hint = files or example:NAME (RCPFullAWSAccess is implied)
# The example scenarios (Left and Right).
iam-scenario-carlos = Carlos and the logs bucket (same account)
iam-scenario-cross-account = Cross-account: the Production bucket in another account
iam-scenario-boundary = Shirley's permissions boundary
iam-scenario-role-or-session = A bucket policy naming the role, or the session
iam-scenario-scps = SCPs: deny outside two Regions, with NotAction
iam-scenario-mfa = MFA required to stop instances (BoolIfExists)
iam-scenario-session-policy = A session policy limits a role session
iam-scenario-home-folder = A home folder with ${"{"}aws:username{"}"}

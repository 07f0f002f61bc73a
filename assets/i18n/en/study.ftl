# The study core's words (src/study_text.rs), custom study's filters (src/content_text/custom.rs)
# and `awsdrill study --list` (src/cli/study.rs).

## Why a typed answer cannot be read (core::drill::NumericError, core::calc::drills::CheckError)

study-numeric-empty = type a number first
study-numeric-not-a-number = `{ $typed }` is not a number
study-numeric-wrong-unit = the answer is in { $expected }; `{ $typed }` cannot be converted to it
study-check-empty = type an answer first
study-check-not-a-decision = type allow, explicit deny or implicit deny (or a, e, i)
study-sched-error = scheduler: { $error }
study-bad-mode = `{ $mode }` is not an exam mode this awsdrill knows

## A numeric card's units in the content language (core::drill::UnitRead; English shows the
## units as typed and as the card writes them, so these are for Korean)

study-time-ms = ms
study-time-s = seconds
study-time-min = minutes
study-time-h = hours
study-time-d = days
study-time-w = weeks
study-time-mo = months
study-time-y = years
study-per-ms = per ms
study-per-s = per second
study-per-min = per minute
study-per-h = per hour
study-per-d = per day
study-per-w = per week
study-per-mo = per month
study-per-y = per year
study-bytes = bytes
# Where the number goes in a unit shown alone: "(단위: 초당 요청 N건)"
study-number-placeholder = N

## Intervals (the number comes formatted: 10, 2.3)

study-interval-minutes = { $n }m
study-interval-hours = { $n }h
study-interval-days = { $n }d
study-interval-months = { $n }mo
study-interval-years = { $n }y

## What a custom session drills (core::custom::Filter)

study-filter-pack = pack { $pack }
study-filter-domain = domain { $domain }
study-filter-task = task statement { $code }
study-filter-task-titled = task statement { $code } ({ $title })
study-filter-tag = tag { $tag }
study-filter-leeches = your leeches
study-filter-missed-last = the cards missed in the last mock exam
study-filter-missed-in = the cards missed in exam #{ $id }
study-filter-all = every card
study-filter-search = search "{ $query }"

## Why a typed filter does not read (core::custom::FilterError)

study-filter-error-empty = Type which cards to study.
study-filter-error-domain = `{ $typed }` is not a domain: development, security, deployment, troubleshooting (or 1 to 4).
study-filter-error-task = `{ $typed }` is not a task statement of the exam guide (1.1 to 4.3).

## The exam guide's domains and task statements (core::domain)

study-domain-development = Development with AWS Services
study-domain-security = Security
study-domain-deployment = Deployment
study-domain-troubleshooting = Troubleshooting and Optimization
study-task-1-1 = Develop code for applications hosted on AWS
study-task-1-2 = Develop code for AWS Lambda
study-task-1-3 = Use data stores in application development
study-task-2-1 = Implement authentication and/or authorization for applications and AWS services
study-task-2-2 = Implement encryption by using AWS services
study-task-2-3 = Manage sensitive data in application code
study-task-3-1 = Prepare application artifacts to be deployed to AWS
study-task-3-2 = Test applications in development environments
study-task-3-3 = Automate deployment testing
study-task-3-4 = Deploy code by using AWS CI/CD services
study-task-4-1 = Assist in a root cause analysis
study-task-4-2 = Instrument code for observability
study-task-4-3 = Optimize applications by using AWS services and features

## awsdrill study --list

study-list-title = { $n ->
        [one] 1 card
       *[other] { $n } cards
    }: { $filter } (least recalled first, new cards last; suspended and buried ones left out, leeches excepted)

# The four ratings, as their buttons and the hints name them.
study-rating-again = Again
study-rating-hard = Hard
study-rating-good = Good
study-rating-easy = Easy

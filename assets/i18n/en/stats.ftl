# Stats: the screen's charts, and the text `awsdrill stats` and `awsdrill due` print.

## The screen's parts

stats-none = No stats yet.
stats-error = could not compute the stats
stats-part-heatmap = Answers a day, 20 weeks
stats-part-today = Today and your cards
stats-part-forecast = Due per day, next 30 days
stats-part-domains = Retention by domain
stats-part-tasks = Task statements
stats-part-exams = Mock exams
stats-hint-scroll = scroll
stats-hint-scroll-up = scrolls back up
stats-more-below = more below: { $parts }

## Today and your cards

stats-answered-today = Answered today: { $today } ({ $all } in all)
stats-due-now = Due now: { $learning } learning, { $review } review, { $new } new
stats-later-today = Later today: { $n } learning
stats-studied = { $studied } studied, { $new } not yet studied
stats-by-phase = { $learning } learning, { $relearning } relearning, { $review } review
stats-suspended = { $suspended } suspended, { $leeches ->
        [one] 1 leech
       *[other] { $leeches } leeches
    }
stats-cards-to-study = { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    } to study
stats-cards-to-study-detail = { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    } to study ({ $detail })

## The charts

stats-forecast-title = Due per day, next 30 days: { $total } in all, { $today } today or overdue, { $week } within 7 days
stats-domains-title = True retention (reviews not Again), domains: 140 days
stats-all-30 = All domains, last 30 days
stats-all-time = All domains, all time
stats-no-reviews = no reviews yet
stats-tasks-none = Task statements in mock exams: none asked yet
stats-tasks-title = Weakest task statements in mock exams ({ $shown } of { $all })
stats-not-asked = not asked yet
stats-exams-none = No full mock exam yet. A full mock exam ({ $questions } questions, { $minutes } minutes) estimates your scaled score on { $min }-{ $max } against the pass mark { $pass }, and this chart follows it.
stats-exams-others = { $n ->
        [one] 1 other exam
       *[other] { $n } other exams
    } taken so far; the last ({ $date }) had { NUMBER($percent, maximumFractionDigits: 0) } % right.
stats-exams-title = Full mock exams, estimated scaled score: last { $last }, pass mark { $pass }
stats-exams-title-others = Full mock exams, estimated scaled score: last { $last }, pass mark { $pass }; { $others ->
        [one] 1 other exam
       *[other] { $others } other exams
    }
stats-of = { $passed } of { $of }
stats-month = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
stats-weekday = { $day ->
        [1] Mon
        [3] Wed
        [5] Fri
       *[7] Sun
    }
stats-axis-today = today
stats-axis-days = +{ $days } d
stats-axis-exam = exam

## The exam guide's domains and task statements


## awsdrill stats

stats-text-today = Today: { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    }; due now { $due }.
stats-text-due-now = { $learning } learning{ $later ->
        [0] {""}
       *[other] {" "}(+{ $later } later today)
    }, { $review } review, { $new } new
stats-text-cards = { $cards }; { $studied } studied, { $new } not yet studied.
stats-text-by-state = By state: { $new } not yet studied, { $learning } learning, { $review } review, { $relearning } relearning; { $suspended } suspended, { $leeches ->
        [one] 1 leech
       *[other] { $leeches } leeches
    }.
stats-text-retention = True retention (reviews not answered Again): last 30 days { $last30 } of { $reviews30 } reviews; all time { $all } of { $reviews }.
stats-text-answers-all = Answers in all: { $n }.
stats-text-forecast = Due in the next 30 days: { $total } cards ({ $today } today or overdue, { $week } within 7 days). Per day from today: { $days }.
stats-text-domain = { $domain } { $percent } ({ $passed } of { $reviews })
stats-text-domain-none = { $domain } - (no reviews)
stats-text-domains = True retention by domain (last 140 days): { $domains }.
stats-text-task = { $code } { $right } of { $asked } right ({ $percent })
stats-text-tasks = Weakest task statements in mock exams: { $tasks }.
stats-text-tasks-none = Task statements: no mock exam questions answered yet.
stats-text-full-none = Full mock exams: none yet (a full mock exam, { $questions } questions in { $minutes } minutes, estimates the scaled score on { $min }-{ $max }; pass mark { $pass }).
stats-text-full = Full mock exams, estimated scaled score (pass mark { $pass }): { $scores }.
stats-text-last = Mock exams: { $n }; the last ({ $date }) scored { NUMBER($percent, maximumFractionDigits: 0) } %, estimated scaled score { $score }.
stats-text-last-no-score = Mock exams: { $n }; the last ({ $date }) scored { NUMBER($percent, maximumFractionDigits: 0) } %, too few questions to estimate a scaled score.
stats-col-date = date
stats-col-answers = answers
stats-col-reviews = reviews
stats-col-retention = retention

## awsdrill due

stats-due-text-now = Due now: { $now } ({ $learning } learning, { $review } review, { $new } new). Later today: { $later } learning.
stats-due-text-today = Answered today: { $today }. Cards: { $studied } studied, { $new } not yet studied, { $steps } in learning steps.
stats-due-col-pack = pack
stats-due-col-learning = learning
stats-due-col-review = review
stats-due-col-new = new
stats-due-col-later = later today

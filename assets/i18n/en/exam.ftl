# Mock exams: the Exam screen (menu, a running exam, the question grid, the review before
# submitting, the results) and the text of `awsdrill exam draw`, `history`, `report` and `discard`.

## Names of exams, domains and difficulties (screens and commands)

exam-mode-full = Full mock exam
exam-mode-quick = Quick exam
exam-mode-weak = Weak areas
exam-mode-practice = Practice
exam-mode-practice-of = Practice - { $parts }
exam-mode-task = task { $task }
exam-difficulty-recall = recall
exam-difficulty-apply = apply
exam-difficulty-analyse = analyse

## The estimated scaled score

exam-estimate = Estimated scaled score { $low }-{ $high } (point estimate { $mid }, pass mark { $passing }), from { $n } scored questions
exam-estimate-too-few = Too few questions to estimate a scaled score ({ $n } scored; it needs { $min })
exam-estimate-method = Estimate only: your proportion right with its 90 % Wilson interval, mapped linearly onto the score scale; none below 20 scored questions. AWS does not publish its scaling, and 15 of the real exam's 65 questions are unscored.

## Choosing an answer

exam-toggle-already-checked = This question is already checked.
exam-toggle-no-choice = There is no choice { $letter }.
exam-toggle-too-many = Choose { $n }: deselect a choice before selecting another.

## The menu

exam-menu-title = Mock exams
exam-resumable = An unfinished exam ({ $mode }): { $answered } of { $total } answered.
exam-resumable-left = An unfinished exam ({ $mode }): { $answered } of { $total } answered, { $left } left.
exam-discard-ask = Discard it? It is kept as discarded: never scored, counted or drilled.
exam-discard-it = discard it
exam-keep-it = keep it
exam-continue-it = continue it (time counts only while the exam is open)
exam-choice-full = Full mock exam: { $questions } questions in { $minutes } minutes, weighted like DVA-C02
exam-choice-quick = Quick: { $questions } questions, untimed
exam-choice-practice-development = Practice: Development with AWS Services (answers after each question)
exam-choice-practice-security = Practice: Security
exam-choice-practice-deployment = Practice: Deployment
exam-choice-practice-troubleshooting = Practice: Troubleshooting and Optimization
exam-choice-weak = Weak areas: { $questions } questions, most from the task statements you miss most
exam-no-history = No exam taken yet.
exam-history = History
exam-history-keys = (newest last): { $keys }
exam-hint-select = select
exam-hint-review = review
exam-history-estimate = est { $low }-{ $high }
exam-history-no-estimate = est -

## Messages of the screen

exam-unfinished-waits = An unfinished exam waits: press { $resume } to continue it or { $discard } to discard it.
exam-no-unfinished = There is no unfinished exam.
exam-discarded = Exam #{ $id } discarded: it is not scored and counts nowhere.
exam-nothing-to-review = No exam taken yet: there is nothing to review.
exam-some-missing = { $n } question(s) of this attempt are no longer in any pack: left out.
exam-all-missing = Exam #{ $id } cannot be shown: its questions are no longer in any pack.
exam-no-such-question = There is no question { $n }.
exam-choose-first = Choose an answer first.
exam-minutes-left = { $minutes } minutes left.
exam-time-up = Time is up: the exam was submitted.
exam-error-start = could not start the exam
exam-error-resume = could not resume the exam
exam-error-discard = the exam was not discarded
exam-error-open = could not open the exam
exam-error-strike = the strike was not saved
exam-error-answer = the answer was not saved
exam-error-submit = the exam was not submitted
exam-error-time = could not save the exam time

## A running exam

exam-clock = { $h }h { $m }m { $s }s

exam-choose-n = (Choose { $n }.)
exam-struck-out = (struck out)
exam-right = right
exam-wrong = wrong
exam-source = Source: { $source }
exam-hint-choose = choose
exam-hint-toggle = toggle
exam-hint-strike = strike
exam-hint-check = check/next
exam-hint-move = move
exam-hint-flag = flag
exam-hint-goto = go to
exam-hint-grid = grid
exam-hint-submit = submit
exam-hint-pause = pause
exam-goto = Go to question: { $typed }_   ({ $keys })
exam-hint-jumps = jumps,
exam-hint-cancels = cancels
exam-time-left = elapsed { $elapsed }  left { $left }
exam-time-left-only = left { $left }
exam-time-untimed = elapsed { $elapsed }  untimed
exam-question-of = Question { $n } of { $total }
exam-answered-status = { "  |  " }{ $n } answered  |  { $time }
exam-flagged-status = { "  |  " }FLAGGED

## The question grid

exam-grid-title = Questions
exam-grid-counts = { $answered } answered, { $unanswered } unanswered, { $flagged } flagged
exam-grid-marks = Marks: 12 answered, 12. unanswered, 12! flagged
exam-hint-row = row
exam-hint-question = question
exam-hint-jump = jump (or click a number)

## The review before submitting

exam-submit-ask = Submit the exam?
exam-list-none = 0
exam-list = { $n } ({ $n ->
        [one] question
       *[other] questions
    } { $numbers })
exam-unanswered = Unanswered: { $list }
exam-flagged = Flagged: { $list }
exam-review-time-left = Time left: { $left }
exam-submit-now = submit now
exam-back-to-questions = back to the questions ({ $key } jumps to a number)

## The results

exam-score = Score { $correct }/{ $total } ({ $percent } %)
exam-time-used = { "   " }time used { $time }
exam-likely-pass = : likely pass
exam-below-pass = : below the pass mark
exam-scheduled = { $n } card(s) from questions answered wrongly are due in the drill now.
exam-drill-wrong = { $key }: drill the { $n ->
        [one] wrong answer's
       *[other] { $n } wrong answers'
    } cards now (custom study, schedule unchanged).
exam-unanswered-not-drilled = Unanswered (not drilled): { $n } ({ $n ->
        [one] question
       *[other] questions
    } { $numbers }).
exam-most-time = Most time: { $list }
exam-tasks = Tasks: { $tasks }
exam-by-difficulty = By difficulty: { $levels }
exam-filter-all = All questions
exam-filter-wrong = Wrong or unanswered questions
exam-filter-flagged = Flagged questions
exam-hint-wrong-only = wrong only
exam-hint-flagged-only = flagged only
exam-hint-expand = full view
exam-hint-summary = summary
exam-review-rows = { $keys }: rows { $from }-{ $to } of { $total }
exam-q-number = Q{ $n }
exam-review-task = task { $task }
exam-review-time = time { $time }
exam-yours = yours
exam-correct = correct

## awsdrill exam draw, history, report, discard

exam-cli-seed = Seed { $seed }, { $n } question(s):
exam-cli-task = task { $task }
exam-cli-no-history = No exam submitted yet. Start one in the app: awsdrill, then e.
exam-cli-col-id = id
exam-cli-col-date = date
exam-cli-col-status = status
exam-cli-col-score = score
exam-cli-col-estimate = estimate
exam-cli-col-time = time
exam-cli-col-exam = exam
exam-cli-status-in-progress = in-progress
exam-cli-status-submitted = submitted
exam-cli-status-discarded = discarded
exam-cli-too-few = too few
exam-cli-attempt = Attempt { $id } ({ $mode }): { $correct }/{ $total } right ({ $percent } %), time { $time }.
exam-cli-unanswered = Unanswered (not drilled): { $n } (questions { $numbers }).
exam-cli-row-task = task { $task }
exam-cli-row-difficulty = difficulty { $level }
exam-cli-question = { $number }. { $verdict } { $id }: yours { $yours }, correct { $correct }
exam-cli-flagged = { " " }(flagged)
exam-cli-missing = { $n } question(s) of this attempt are no longer in any pack.
exam-cli-no-unfinished = there is no unfinished exam to discard (see awsdrill exam history)
exam-cli-no-attempt = there is no exam attempt { $id } (see awsdrill exam history)
exam-cli-is-submitted = exam attempt { $id } is submitted: only an unfinished exam can be discarded
exam-cli-already-discarded = exam attempt { $id } is already discarded
exam-cli-what = exam attempt { $id } ({ $mode }, { $answered } of { $total } answered)
exam-cli-discard-ask = Discard { $what }? It is kept as discarded, never scored or resumed.
exam-cli-discard-needs-yes = discarding { $what } needs a confirmation: run it in a terminal, or pass --yes
exam-cli-not-discarded = exam attempt { $id } could not be discarded: it is no longer unfinished
exam-cli-discarded = Discarded { $what }.
exam-cli-unfinished = exam attempt { $id } is unfinished: resume it in the app (awsdrill, then r on the Exam screen) or discard it with `awsdrill exam discard` before starting another
exam-cli-not-submitted = exam attempt { $id } is not submitted yet ({ $answered } of { $total } answered): a report comes once it is submitted; resume it in the app (awsdrill, then r) or discard it with `awsdrill exam discard { $id }`
exam-cli-was-discarded = exam attempt { $id } was discarded unfinished ({ $answered } of { $total } answered): it has no score and no report
exam-cli-no-exam = --exam: there is no exam `{ $exam }` (there is: { $ids })
exam-cli-bad-task = --task: `{ $task }` is not a task statement of the exam guide (1.1 to 4.3)
exam-cli-needs-practice = --domain, --service and --task need --mode practice (not { $mode })

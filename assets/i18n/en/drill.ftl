# The daily drill and custom study (src/tui/screens/drill.rs).

## The progress line

drill-done-today = { $n } done today
drill-left = left: { $learning } learning{ $later ->
        [0] {""}
       *[other] {" "}(+{ $later } later)
    }, { $review } review, { $new } new
drill-time-minutes = { $minutes }m { $seconds }s
drill-time-hours = { $hours }h { $minutes }m
drill-custom-header = Custom study: { $title }
drill-custom-progress = { $done } done, { $left } left of { $cards }

## The card

drill-leech = leech
drill-your-answer = Your answer:
drill-in-unit = (in { $unit })
drill-answer = Answer: { $answer }
drill-numeric-answer = Answer: { $answer }
drill-numeric-answer-within = Answer: { $answer } (within { $tolerance })
drill-correct = Correct
drill-not-right = Not right
drill-not-right-typed = Not right: you typed { $typed }
drill-read-as = Read as { $value }
drill-off-by = Off by { $difference }
drill-suggested = suggested: { $rating }
drill-working = Working:
drill-no-exercise = This exercise could not be drawn.
drill-source = Source:

## A typed cloze answer

drill-blanks-help = { $n } blanks: type their answers in order, apart with { $separator }
drill-blank = Blank { $n }:
drill-you-typed = you typed { $typed }
drill-typed-nothing = nothing
drill-blank-right = right
drill-blank-wrong = wrong
drill-extra-answers = { $n ->
        [one] 1 more answer
       *[other] { $n } more answers
    } typed than the card has blanks: not graded.
drill-blanks-right = { $right } of { $total } blanks right

## The buttons of a custom session (no interval: a custom answer schedules nothing)

drill-button-again-in-session = again in this session
drill-button-done = done

## The hint line

drill-hint-undo = undo
drill-hint-suspend = suspend
drill-hint-bury = bury
drill-hint-end-custom = end custom study
drill-hint-language = language
drill-hint-keys = keys
drill-hint-type-blanks = type each blank's answer, apart with ; then
drill-hint-letters-type = letters type; commands after the answer shows
drill-hint-type-answer = type the answer, then
drill-hint-fresh-exercise = a fresh exercise each review
drill-hint-type-number = type the number, then
drill-hint-rate = rate
drill-hint-show-answer = show answer
drill-hint-start = start
drill-hint-cancel = cancel

## The end of the day's drill

drill-none-due = No cards are due now.
drill-session = This session: { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    }, { $again } Again ({ NUMBER($rate, maximumFractionDigits: 0) } %), { $time } spent.
drill-next-due = The next card is due in { $interval }.
drill-nothing-scheduled = Nothing is scheduled yet.
drill-summary-keys = { $undo } undoes the last answer; { $back } goes back to Home.

## The end of a custom session

drill-custom-finished = Custom study finished: { $title }.
drill-custom-done = { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    }: { $done } done{ $set_aside ->
        [0] {""}
       *[other] , { $set_aside } set aside
    }. { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    }, { $again } Again ({ NUMBER($rate, maximumFractionDigits: 0) } %), { $time } spent.
drill-custom-unchanged = Your schedule did not change: custom answers are logged apart from the review log, and no card's due date or memory moved.
drill-custom-keys = { $back } ends custom study and goes back to Home; { $undo } undoes the last answer.

## The custom-study prompt

drill-prompt-title = Custom study: drill a chosen set of cards now; your schedule does not change.
drill-prompt-cards = Cards:
drill-prompt-counting = Counting...
drill-prompt-no-match = No card matches.
drill-prompt-count = { $n ->
        [one] 1 card
       *[other] { $n } cards
    }: { $title }.
drill-form-pack = the cards of a pack
drill-form-domain = a domain: development, security, deployment, troubleshooting
drill-form-task = the cards linked to the exam questions of a task statement
drill-form-tag = the cards with a tag
drill-form-leeches = your leeches, suspended ones too
drill-form-missed = the cards of the questions missed in the last mock exam
drill-form-other = other words
drill-form-search = a Browse search (words, and pack: kind: state: tag: ...)
drill-prompt-note = Answers are logged apart: no card's due date or memory moves. Suspended and buried cards are left out (leeches excepted); the least recalled come first, new cards last; Again shows a card again three cards later.

## Messages

drill-type-first = Type your answer first, then { $key }.
drill-no-answer-typed = No answer typed: rate how well you knew it.
drill-no-blank = This card has no blank to compare.
drill-type-again = { $typed }: { $error }. Type it again.
drill-became-leech = { $id } is now a leech ({ $lapses } lapses): it was tagged and suspended. Rewrite or unsuspend it.
drill-undid = Undid the answer to { $id }.
drill-nothing-to-undo = Nothing to undo in this session.
drill-suspended = Suspended { $id }.
drill-buried = Buried until tomorrow: { $id }.
drill-reveal-first = Show the answer first ({ $key }).
drill-custom-empty = Nothing to study: no card in { $title } (suspended and buried cards are left out, leeches excepted).
drill-custom-started = Custom study of { $title }: { $n ->
        [one] 1 card
       *[other] { $n } cards
    }. Your schedule does not change.

## What failed (an error follows)

drill-error-next-card = could not pick the next card
drill-error-not-saved = the answer was not saved
drill-error-undo = undo failed
drill-error-save = could not save
drill-error-custom = could not start custom study

# What each action of the key table does (help, the command palette), and the notes of key labels.

action-quit = quit awsdrill
action-back = close this view, or quit from Home
action-toggle-help = show or hide this help
action-palette = find and run any action by name
action-up = move up
action-down = move down
action-page-up = move up one page
action-page-down = move down one page
action-top = go to the first row
action-bottom = go to the last row
action-next-tab = next screen
action-prev-tab = previous screen
action-start-drill = start today's drill
action-reveal = show the answer; then rate it Good (or as suggested)
action-rate-again = rate Again: forgot
action-rate-hard = rate Hard: remembered with effort
action-rate-good = rate Good: remembered
action-rate-easy = rate Easy: remembered at once
action-undo = undo the last answer
action-suspend = suspend this card
action-bury = bury this card until tomorrow
action-toggle-korean = switch between English and Korean
action-open-exams = open the mock exams
action-open-calc = open the calculators
action-open-browse = browse and search every card and question
action-open-stats = show statistics
action-open-settings = change the settings
action-reset = make the selected card new again (history is kept)
action-open-link = open the source link in a browser
action-copy-link = copy the source link (terminals that allow it)
action-cycle-sort = sort by relevance, id or due date
action-exam-full = start a full mock exam (65 questions, 130 minutes)
action-exam-quick = start a quick exam (10 questions, untimed)
action-practice-development = practice Development with AWS Services
action-practice-security = practice Security
action-practice-deployment = practice Deployment
action-practice-troubleshooting = practice Troubleshooting and Optimization
action-exam-weak = practice the task statements you miss most (20 questions)
action-resume-exam = continue the unfinished exam
action-discard-exam = discard the unfinished exam (asks first)
action-open-attempt = review the selected past attempt, question by question
action-choose = select or deselect that choice
action-toggle-choice = select or deselect the choice under the cursor
action-strike = strike out the choice under the cursor, or restore it
action-next-question = next question
action-prev-question = previous question
action-flag = flag this question for review, or unflag it
action-go-to = go to a question by number
action-question-grid = show the grid of all questions, to jump to one
action-submit = review unanswered and flagged questions, then submit
action-confirm = confirm: submit, discard, check the answer, or jump
action-filter-wrong = show only wrong answers, or all
action-filter-flagged = show only flagged questions, or all
action-next-field = next field
action-prev-field = previous field
action-switch-calculator = next calculator
action-prev-calculator = previous calculator
action-clear-field = clear the field
action-open-iam = open the IAM policy lab
action-next-scenario = load the next example scenario
action-prev-scenario = load the previous example scenario
action-custom-choose = custom study: drill cards by pack, tag, task or search
action-custom-leeches = custom study: drill your leeches now
action-custom-missed = custom study: drill the cards missed in the last exam
action-custom-these = custom study: drill these cards now, schedule unchanged

## What text fields take (the typing rows of help: keys/table.rs TYPING)

typing-answer = type the answer (Space: only after the first character)
typing-answer-delete = delete the last character of the answer
typing-search = type the search (?: only after the first character)
typing-search-delete = delete the last character of the search
typing-field = type into the field with the cursor (not ?: help)
typing-field-delete = delete the last character of the field
typing-value = type the new value
typing-value-delete = delete the last character of the value
typing-go-to = after g: type the number of the question to go to
typing-go-to-delete = after g: delete the last digit typed
typing-palette = type to narrow the actions
typing-delete = delete the last character

## Notes in key labels: `? (key-note-empty-search)` in the key table

key-note-empty-search = empty search

## The command palette

palette-title = Actions: type to narrow, { $hints }
palette-hint-choose = choose
palette-hint-run = runs
palette-hint-close = closes
palette-none = No action matches.
help-title = Keys

# Browse: the search line, the list, the detail pane and what changing a card's schedule says.

browse-search = Search:
browse-searching = searching: { $done } of { $all } items looked at
browse-count = { $shown } of { $all } items, sorted by { $sort }
browse-sort-relevance = relevance
browse-sort-id = id
browse-sort-due = due date
browse-title = Cards and questions
browse-nothing = Nothing matches. Backspace widens the search.

## Filters' names in a query (both languages' names work in either)

browse-filter-pack = pack
browse-filter-kind = kind
browse-filter-state = state
browse-filter-domain = domain
browse-filter-tag = tag
browse-filter-service = service

## The list's columns: what an item is and its state (the words the query's kind: and state: take,
## in either language)

browse-kind-basic = basic
browse-kind-cloze = cloze
browse-kind-numeric = numeric
browse-kind-generated = generated
browse-kind-question = question
browse-state-new = new
browse-state-learning = learning
browse-state-review = review
browse-state-due = due
browse-state-suspended = suspended
browse-state-leech = leech

## The hints

browse-hint-type = type to search (pack: kind: state: domain: service: tag:)
browse-hint-study = study these
browse-hint-suspend = suspend
browse-hint-reset = reset
browse-hint-bury = bury
browse-hint-open = open
browse-hint-copy = copy
browse-hint-sort = sort
browse-hint-clear = clear

## The detail pane

browse-source = Source: { $url }
browse-generated = A generated drill ({ $generator }): a fresh exercise at each review.
browse-never-studied = New: never studied.
browse-phase-new = new
browse-phase-learning = learning
browse-phase-review = review
browse-phase-relearning = relearning
browse-flag-suspended = , suspended
browse-flag-leech = , leech
browse-memory = , stability { NUMBER($stability, minimumFractionDigits: 1, maximumFractionDigits: 1) } days, difficulty { NUMBER($difficulty, minimumFractionDigits: 1, maximumFractionDigits: 1) }
browse-due-new = when introduced as a new card
browse-state = State: { $phase }{ $flags }, { $reps ->
        [one] 1 answer
       *[other] { $reps } answers
    }, { $lapses ->
        [one] 1 lapse
       *[other] { $lapses } lapses
    }, due { $due }{ $memory }.
browse-history = { $date }  { $rating }  next in { $interval }

## Changing a card's schedule

browse-not-a-card = { $id } is an exam question, not a card: it has no schedule to change.
browse-suspended = Suspended { $id }.
browse-unsuspended = Unsuspended { $id }.
browse-buried = Buried { $id } until tomorrow.
browse-reset-done = { $id } is new again; its history is kept.
browse-reset-ask = Press { $key } again to make { $id } new (its history is kept); any other key cancels.
browse-save-error = could not save

# Home: what is loaded, what is due, the keys, and the exam-day prediction.

home-tagline = study and practice for AWS Certified Developer - Associate (DVA-C02)
home-content = { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    } to study and { $questions ->
        [one] 1 exam question
       *[other] { $questions } exam questions
    } in { $packs ->
        [one] 1 pack
       *[other] { $packs } packs
    }.
home-content-detail = { $cards ->
        [one] 1 card
       *[other] { $cards } cards
    } to study ({ $detail }) and { $questions ->
        [one] 1 exam question
       *[other] { $questions } exam questions
    } in { $packs ->
        [one] 1 pack
       *[other] { $packs } packs
    }.
home-detail-written = { $n } written
home-detail-generated = { $n ->
        [one] 1 generated exercise
       *[other] { $n } generated exercises
    }
home-detail-missed = { $n ->
        [one] 1 missed exam question
       *[other] { $n } missed exam questions
    }
home-due = Due now: { $learning } learning, { $review } review, { $new } new.  Answered today: { $today }.  Streak: { $streak ->
        [one] 1 day
       *[other] { $streak } days
    }.
home-keys = Keys:
home-hint-drill = drill
home-hint-exams = exams
home-hint-calc = calculators
home-hint-browse = browse
home-hint-stats = stats
home-hint-settings = settings
home-last-exam = Last mock exam: { $correct }/{ $total } right. { $estimate }.
home-welcome = Welcome. Press { $key } to learn your first cards; each answer is saved at once in
home-help-keys = Press { $key } for the keys of each screen.
home-help-keys-exam-date = Press { $key } for the keys. Set exam_date in the settings file to see your readiness.
home-so-far = { $answers ->
        [one] 1 answer
       *[other] { $answers } answers
    } and { $exams ->
        [one] 1 mock exam
       *[other] { $exams } mock exams
    } so far; { $studied ->
        [one] 1 card
       *[other] { $studied } cards
    } studied, { $new } not yet studied.
home-later-today = { $n ->
        [one] 1 learning card comes back later today.
       *[other] { $n } learning cards come back later today.
    }

## The pack table

home-packs = Packs
home-col-pack = Pack
home-col-title = Title
home-col-cards = Cards
home-col-questions = Questions
home-col-checked = Checked

## The exam-day prediction (Home and the drill's summary)

readiness-exam-in = { $days ->
        [0] Exam today
        [1] Exam tomorrow
       *[other] Exam in { $days } days
    }
readiness-exam-passed = The exam date has passed
readiness-recall = { $when }: predicted recall on exam day { NUMBER($percent, maximumFractionDigits: 0) } % of all cards (cards not yet studied count as not known).
readiness-by-domain = By domain: { $domains }.
readiness-domain = { $domain } { NUMBER($percent, maximumFractionDigits: 0) } %
readiness-new = { $remaining ->
        [one] 1 card not yet studied
       *[other] { $remaining } cards not yet studied
    }: { $per_day ->
        [one] 1 new card a day would introduce them all in time.
       *[other] { $per_day } new cards a day would introduce them all in time.
    }

## The four DVA-C02 domains, short

domain-development = development
domain-security = security
domain-deployment = deployment
domain-troubleshooting = troubleshooting

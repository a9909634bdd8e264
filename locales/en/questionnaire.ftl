# The questionnaire: the mentee answers before the mentoring (baseline) and at its end (follow-up).
# The instruments' own words are in instruments.ftl; these are the flow's.
questionnaire-phase-baseline = Before the mentoring
questionnaire-phase-followup = At the end

questionnaire-home = <b>📝 Questionnaire</b> – { $programme }
questionnaire-state-done = { $phase }: ✅ completed
questionnaire-state-partial = { $phase }: { $answered } of { $total } answered
questionnaire-state-todo = { $phase }: not answered yet
questionnaire-followup-later = At the end of the mentoring you will answer the same questions again, to see what has changed.
questionnaire-mentor-done = { $phase }: { $mentee } has completed it ✅
questionnaire-mentor-todo = { $phase }: { $mentee } has not completed it yet
questionnaire-mentor-privacy = You see only whether it is completed; the answers are { $mentee }'s own.
questionnaire-no-pair = There is no open pair for a questionnaire.
questionnaire-which-pair =
    <b>📝 Questionnaire</b>
    Which pair?

# One line in the main menu, for each pair.
questionnaire-menu-done = 📝 Questionnaire – { questionnaire-state-done }
questionnaire-menu-partial = 📝 Questionnaire – { questionnaire-state-partial }
questionnaire-menu-todo = 📝 Questionnaire – { questionnaire-state-todo }
questionnaire-menu-mentor-done = 📝 Questionnaire – { questionnaire-mentor-done }
questionnaire-menu-mentor-todo = 📝 Questionnaire – { questionnaire-mentor-todo }

# A one-line welcome above the first question.
questionnaire-intro-teacher_annex3-baseline = Before your mentoring sessions start, a short questionnaire about inclusive teaching: six questions, about three minutes. You can stop at any time and carry on later.
questionnaire-intro-teacher_annex3-followup = Your mentoring is coming to an end: the same six questions as at the start, so you can see what has changed. You can stop at any time and carry on later.
questionnaire-intro-student_intake-baseline = Hi! Two quick questions about what you hope for from mentoring. Your mentor sees only that you have answered, not your answers. There are no wrong answers, and you can stop any time.
questionnaire-intro-student_intake-followup = Your mentoring is nearly over! The same two questions as at the start – let's see what has changed.

questionnaire-question =
    <b>{ $instrument }</b> · Question { $number } of { $total }

    <b>{ $number }. { $title }</b>
    { $question }
questionnaire-write = Write your answer in one message (up to { $limit } characters).
questionnaire-your-answer = Your answer now: “{ $current }”
questionnaire-pick-one = Pick at least one, or tap “Prefer not to say”.
questionnaire-chosen = ✓ { $label }
questionnaire-skipped = Prefer not to say
questionnaire-not-answered = –
questionnaire-quoted = “{ $text }”

questionnaire-btn-skip = Prefer not to say
questionnaire-btn-next = Next ›
questionnaire-btn-keep = Keep this answer
questionnaire-btn-later = ⏸ Later
questionnaire-btn-answer = ▶ Answer now
questionnaire-btn-answers = 📊 Your answers
questionnaire-btn-before-after = 📊 Before and after
questionnaire-btn-change = ✏️ { $number }. { $title }
questionnaire-btn-done = ✔ Done

questionnaire-summary =
    <b>Check your answers</b> – { $instrument }
    Tap one to change it, or confirm. Once confirmed, the answers are final.
questionnaire-summary-line = <b>{ $number }. { $title }</b>: { $answer }
questionnaire-thanks = ✅ <b>Thank you!</b> Your answers are saved. { $mentor } sees only that you have completed the questionnaire, not your answers.

questionnaire-answers-title = <b>Your answers</b> – { $instrument }
questionnaire-before-after-title =
    <b>Before and after</b> – { $instrument }
    Your answers before the mentoring → at the end.
questionnaire-compare-line =
    <b>{ $number }. { $title }</b>
    { $before } → { $after }
questionnaire-compare-text =
    <b>{ $number }. { $title }</b>
    Before: { $before }
    At the end: { $after }

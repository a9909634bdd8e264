# The session diary (/diary) and the progress against the plan.

## Seed 000, Annex IV - Diary: the field names and modes as the Annex writes them
diary-field-session_no = Session No.
diary-field-date = Date
diary-field-duration = Duration
diary-field-mode = Mode (in-person / online / hybrid)
diary-mode-in_person = in person
diary-mode-online = online
diary-mode-hybrid = hybrid
diary-mode-other-word = other: { $word }
diary-field-objectives = 1. Objectives of the Session
diary-field-topics = 2. Topics and Activities
diary-field-mentee_reflection = 3. Mentee's Reflection
diary-field-mentor_notes = 4. Mentor's Notes
# Seed 000, Annex II: the column of the plan a session is tagged with, and the two parts without their hours
diary-field-activity = Activity
diary-plan-part-mentoring = A. Mentoring Activities
diary-plan-part-piloting = B. Piloting in class

## Progress (the diary's home and the main menu)
diary-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } of { NUMBER($planned, maximumFractionDigits: 1) } h
diary-plan-activity = { "  " }• { $activity }: { NUMBER($done, maximumFractionDigits: 1) } of { NUMBER($planned, maximumFractionDigits: 1) } h
diary-rhythm = { $done } { $done ->
        [one] session
       *[other] sessions
    } so far; at { $per_week } a week you would be at { $expected } by now.
diary-rhythm-ahead = The rhythm of { $per_week } meetings a week of { $minutes } minutes starts on { $start }.
diary-menu-line = 📔 { $text }
diary-menu-waiting-mentee = 📔 { $count ->
        [one] One session is
       *[other] { $count } sessions are
    } waiting for your reflection.
diary-menu-waiting-mentor = 📔 { $count ->
        [one] One session is
       *[other] { $count } sessions are
    } waiting for your notes.

## The diary's home
diary-title = <b>📔 Session diary</b> – { $programme }, with { $other }
diary-waiting-title = <b>Waiting for you</b>
diary-waiting-mentee = Session { $number } – add your reflection
diary-waiting-mentor = Session { $number } – add your notes
diary-btn-new = ✍ New entry
diary-btn-entries = 📚 Past entries ({ $count })
diary-btn-home = 📔 Diary
diary-which-pair = <b>📔 Session diary</b>
    Which pair is it about?
diary-no-pair = You are not in a pair at the moment.

## Writing an entry
diary-new-title = <b>New entry – { diary-field-session_no } { $number }</b>
diary-entry-title = <b>{ diary-field-session_no } { $number }</b>
diary-now = Now: { $value }
diary-btn-next = Next ›
diary-btn-skip = Skip ›
diary-ask-date = <b>{ diary-field-date }</b>: when was the session? Tap “Today” or pick the day.
diary-btn-today = Today, { $today }
diary-date-future = That day has not come yet. Pick the day the session was held.
diary-date-outside = Please pick a day from { $earliest } to { $latest }: the programme runs from { $start } to { $end }.
diary-date-too-soon = Sessions can be noted from { $earliest } on: the programme runs from { $start } to { $end }.
diary-ask-duration = <b>{ diary-field-duration }</b>: how long was it? Tap a length, or type the minutes ({ $low }–{ $high }).
diary-minutes = { $minutes } min
diary-minutes-invalid = Please type the minutes as a whole number from { $low } to { $high }.
diary-ask-mode = <b>{ diary-field-mode }</b>: how did you meet?
diary-btn-mode-other = other…
diary-ask-mode-other = <b>{ diary-field-mode }</b>: other – in a word or two? (up to { $limit } characters)
diary-ask-activity = <b>{ diary-field-activity }</b>: which activity of the mentoring plan was this session?
diary-ask-text =
    <b>{ $section }</b>
    Write it as one message, up to { $limit } characters. You can change it later.
    Everything in a diary entry, the mentor's notes too, is seen by both of you, mentor and mentee; the coordinators see only its date, length and how you met.

## Reading an entry
diary-fact = { $label }: { $value }
diary-section-title = <b>{ $section }</b>
diary-not-written = (not written yet)
diary-left-empty = —
diary-shortened = { $text }…
diary-btn-full = 📖 { $section } (in full)
diary-btn-edit = ✏️ Change my part
diary-btn-delete = 🗑 Delete my part
diary-edit-title = <b>{ diary-field-session_no } { $number }</b>
    What would you like to change?
diary-delete-confirm =
    <b>Delete your part of session { $number }?</b>
    { $role ->
        [mentor] Your objectives, topics and notes will be deleted.
       *[mentee] Your reflection will be deleted.
    }
    { $fate ->
        [goes] Nobody else has written in this entry, so the whole session goes from the diary.
        [passes] { $other } has written in it, so the session stays with their part; its date, duration and mode pass to them.
       *[stays] The session stays in the diary with the other part.
    }
    This cannot be undone.
diary-btn-delete-yes = 🗑 Yes, delete
diary-deleted-part = Your part of session { $number } was deleted.
diary-deleted-entry = Session { $number } was deleted from the diary.

## Past entries
diary-entries-title = <b>📚 Past sessions</b>, newest first
diary-entries-empty = No sessions in the diary yet. Start one with “New entry”.
diary-entries-page = Page { $page } of { $pages }
diary-entry-button = Session { $number } · { $date } · { $minutes } min
diary-btn-newer = ‹ Prev
diary-btn-older = Next ›

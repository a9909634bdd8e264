# The coordinator's weekly digest (/digest, and every Monday) and export (/export): numbers only, never
# what people wrote.
btn-digest = 📊 Weekly digest
btn-digest-open = 📊 Open the digest with its chart
btn-digest-export = 📥 Download spreadsheet (XLSX)
digest-coordinators-only = The digest and the export are for coordinators. Send /menu to see what you can do.
digest-title = 📊 <b>Weekly digest</b> · { $start } – { $end }
digest-programmes = { $count ->
    [one] 1 programme
   *[other] { $count } programmes
    }
digest-statuses = Pairs: { $pairs } – active { $active } · at risk { $at_risk } · not started { $waiting } · paused { $paused } · closed { $closed }
digest-sessions = Sessions held: { $week } in the last 7 days, { $total } in total
digest-questionnaires = Questionnaires completed: { $baseline } at the start, { $followup } at the end
digest-concerns = Concerns: { $opened } new in the last 7 days, { $still_open } still open
digest-concerns-untold = ⚠️ { $count ->
        [one] 1 open concern has
       *[other] { $count } open concerns have
    } reached nobody: every alert failed (blocked bot). Open Menu → Concerns now.
digest-unreachable = People who blocked the bot: { $count }
digest-empty = You have no programmes yet, so there is nothing to report.
digest-pick = Open a programme for its details:
digest-programme-title = <b>{ $name }</b> · { $kind }
digest-stages = By stage: { $stages }
digest-stage-count = { $stage } { $count }
digest-plan = <b>Hours against the plan</b> (Annex II; pairs that have started: { $pairs })
digest-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } of { NUMBER($planned, maximumFractionDigits: 1) } h
digest-plan-part-mentoring = A. Mentoring activities
digest-plan-part-piloting = B. Piloting in class
digest-means = <b>Questionnaire averages</b> (Annex III; 1 is the lowest answer)
digest-means-item = { $item }: start { $baseline } · end { $followup }
digest-mean = { NUMBER($mean, maximumFractionDigits: 1) } of { $points }
digest-mean-few = fewer than 3 answers
digest-at-risk-note = A pair is “at risk” when it has not met for { $days } days and has no meeting planned.

# The chart
digest-chart-sessions = Sessions held per week
digest-chart-status = Pairs by status
digest-chart-caption = 📊 Sessions held per week (last { $weeks } weeks) and pairs by status.
digest-status-waiting = Not started
digest-status-active = Active
digest-status-at_risk = At risk
digest-status-paused = Paused
digest-status-closed = Closed

# The export (sheet names: at most 31 characters)
digest-export-caption = Your programmes on { $date }: pairs, meetings and diary sessions (dates and numbers only – no diary text).
digest-export-empty = You have no programmes to export yet.
digest-export-file = programmes-{ $date }.xlsx
digest-sheet-pairs = Pairs
digest-sheet-meetings = Meetings
digest-sheet-diary = Diary sessions
digest-column-programme = Programme
digest-column-pair = Pair no.
digest-column-mentor = Mentor
digest-column-mentee = Mentee
digest-column-minor = Mentee under 18
digest-column-mentor_minor = Mentor under 18
digest-column-stage = Stage
digest-column-status = Status
digest-column-started = Started
digest-column-ended = Ended
digest-column-sessions = Sessions held
digest-column-hours = Diary hours
digest-column-last = Last session
digest-column-date = Date
digest-column-time = Time
digest-column-minutes = Minutes
digest-column-mode = Mode
digest-column-meeting-status = Held?
digest-column-session = Session no.
digest-column-activity = Plan activity
digest-cell-yes = yes
digest-cell-no = no
digest-mode-in_person = in person
digest-mode-online = online
digest-mode-hybrid = hybrid
digest-mode-other = other
digest-meeting-scheduled = scheduled
digest-meeting-held = held
digest-meeting-not_held = not held
digest-meeting-cancelled = cancelled
digest-meeting-moved = moved

# The drift ladder (scheduler/drift.py): a pair that has not met for a while.
drift-your-pair = your pair
drift-nudge-mentee = 👋 Hi! It has been { $days } days since you and { $other } last met. How about planning your next meeting? Send /meeting to pick a time together.
drift-nudge-mentor = 👋 It has been { $days } days since you and { $other } last met. A short check-in keeps things going – send /meeting to plan the next one.
drift-nudge-direct =
    <b>Time to get in touch with { $other }</b>
    You have not met for { $days } days. Please contact them and plan your next meeting (/meeting). If something is in the way, your coordinator can help.

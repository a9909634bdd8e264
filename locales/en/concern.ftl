# Reporting a concern (seed 003, online safety), and the coordinators' side.
btn-concern = 🆘 Report a concern
concern-intro =
    <b>Report a concern</b>
    Something worrying – online bullying, something that made you feel unsafe, a problem with your pair or anyone else?
    Write what happened in one message. Only the coordinators of { $org } will read it – not your { $other_role }.

    <b>Honestly:</b> we keep it as private as we can, but if someone may be at risk, the adults responsible for safety will be told. We never promise to keep that secret.

    <b>In danger right now?</b> Call { $emergency }. To talk to someone, call the child helpline { $helpline } (free, any time).
concern-which-pair = Which of your pairs is this about?
concern-too-long = That is { $length } characters; please keep it under { $limit } (you can send a second report for the rest).
concern-confirm =
    <b>Send this to the coordinators?</b>
    “{ $text }”
btn-concern-send = ✔ Send
btn-concern-edit = ✏️ Write it again
btn-concern-mine = My reports
concern-sent =
    <b>Sent. Thank you for telling us.</b>
    The coordinators of { $org } have been alerted now. You will get a message here when one of them has read it; they can write to you through the bot, and you can add to your report under “My reports”. Nobody else sees it.
    In danger right now? Call { $emergency }. Child helpline: { $helpline }.
concern-kept =
    <b>Your report is kept. Thank you for telling us.</b>
    Nobody has been alerted yet: { $org } has no coordinator the bot can reach right now. The first coordinator who joins or opens the bot gets your report at once. Nobody else sees it.
    Please also tell a teacher or another adult you trust.
    In danger right now? Call { $emergency }. Child helpline: { $helpline }.
concern-mine-title = <b>Your reports</b>
concern-mine-empty = You have not reported anything.
concern-mine-item = { $date } · { $status }
concern-status-new = sent, not read yet
concern-status-read = a coordinator has read it
concern-status-in_progress = a coordinator is working on it
concern-status-closed = closed by a coordinator
concern-case =
    <b>Your report of { $date }</b>
    { $status }

    “{ $text }”
concern-case-thread = {""}
    <b>Messages</b>
    { $thread }
concern-case-closed = {""}
    This report is closed. If something new has happened, report it again with /concern.
btn-concern-add = ✏️ Add to my report
concern-add-prompt =
    <b>Add to your report</b>
    Write what you want the coordinators to know, in one message. Only they will read it.
concern-added =
    <b>Added. The coordinators have been told.</b>
    You will get a message here when one of them answers.
concern-added-kept =
    <b>Added and kept.</b>
    No coordinator can be reached by the bot right now; the first who opens the bot will see it. Please also tell a teacher or another adult you trust.
    In danger right now? Call { $emergency }. Child helpline: { $helpline }.
concern-closed-meanwhile = This report has just been closed, so nothing was added. If something new has happened, report it again with /concern.
btn-concern-to-report = My report
btn-concern-open-mine = Open my report
concern-news-read = 👁 A coordinator has read your report.
concern-news-in_progress = 🔧 A coordinator is working on your report.
concern-news-reply = 💬 A coordinator has written to you about your report. Open it to read the message and answer.
concern-news-closed = ✔ A coordinator has closed your report. If something new happens, you can always report it again.
thread-you = You
thread-coordinator = Coordinator
thread-reply = { $at } – { $who }: { $text }
thread-answer = { $at } – { $who }: { $text }

concern-alert =
    🆘 <b>A concern was reported</b> by a { $role } in { $programme }.
    Please read it now.
concern-alert-open = Read the report
concern-reminder =
    ⏰ <b>Reminder: a concern is still unread.</b>
    Reported { $age } ago by a { $role } in { $programme }. Nobody has opened it yet: please read it now.
concern-stale =
    ⏰ <b>A concern case has had no news for { $age }.</b>
    It is in progress in { $programme }, with no note, message or change since. Add a note, write to the reporter, or close it.
concern-answer-alert =
    💬 <b>The reporter added to a concern</b> in { $programme }.
    Please read it.
btn-concerns = 🆘 Concerns ({ $open } open)
concerns-title = <b>Concerns</b>
concerns-filtered = Programme: { $programme }
concerns-legend = 🆘 { case-state-new } · 👁 { case-state-read } · 🔧 { case-state-in_progress } · ✔ { case-state-closed }
concerns-empty = No concerns have been reported.
concerns-item = { $mark } { $when } { $state }
btn-concerns-filter = 🔎 Programme…
concerns-filter-title = <b>Show the concerns of which programme?</b>
btn-concerns-all = All programmes
case-state-new = unread
case-state-read = read
case-state-in_progress = in progress
case-state-closed = closed
case-age-minutes = { $n } min
case-age-hours = { $n } h
case-age-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }
concerns-card =
    <b>Concern of { $date }</b> · { $status }
    From: { $reporter } ({ $role }), { $programme }{ $paused }

    { $text }
concerns-closed-block = {""}

    <b>Closed:</b> { $outcome }
    { $note }
concerns-paused = {""}
    The pair is paused: it gets no scheduled messages.
btn-case-take = ▶ I am taking this on
btn-case-reply = 💬 Write to the reporter
btn-case-note = 📝 Internal note
btn-case-trail = 📜 Case history
btn-case-close = ✔ Close the case
btn-case-reopen = ↩ Reopen the case
btn-pair-pause = ⏸ Pause the pair
btn-pair-resume = ▶ Resume the pair
concerns-unknown-reporter = someone who has left
concerns-note-prompt =
    <b>Internal note</b>
    Only the coordinators of the organisation and its safeguarding lead see notes – never the reporter or the pair. Up to { $limit } characters.
concerns-reply-prompt =
    <b>Write to the reporter</b>
    They read it in the bot, as from “a coordinator”, and can answer. Do not share phone numbers or usernames here. Up to { $limit } characters.
concerns-outcome-prompt = <b>Close the case.</b> What was the outcome?
case-outcome-resolved_in_school = Resolved in school
case-outcome-referred = Referred to outside services
case-outcome-no_further_action = No further action
case-outcome-other = Other
concerns-closing-prompt =
    <b>Closing: { $outcome }</b>
    Write a short closing note for the coordinators (up to { $limit } characters). The reporter is told only that the case is closed.
concerns-note-saved = 📝 Note saved in the case.
concerns-reply-queued = 💬 Your message is on its way to the reporter. You will be told here when they answer.
concerns-reply-kept = Your message is saved in the case, but the bot cannot reach the reporter (they have left or blocked the bot).
concerns-closed-done = ✔ The case is closed. The reporter is told it is closed (if the bot can reach them).
concerns-closed-meanwhile = Another coordinator has just closed this case, so nothing was saved. Reopen it first if it needs more work.
concerns-trail-title = <b>Case history</b>
trail-reported = { $at } – reported
trail-read = { $at } – { $who }: read it
trail-in_progress = { $at } – { $who }: took it on
trail-note = { $at } – { $who }, note: { $text }
trail-reply = { $at } – { $who } to the reporter: { $text }
trail-answer = { $at } – { $who }: { $text }
trail-closed = { $at } – { $who }: closed it. { $text }
trail-reopened = { $at } – { $who }: reopened it
trail-paused = { $at } – { $who }: paused the pair
trail-resumed = { $at } – { $who }: resumed the pair
trail-reporter = the reporter
trail-someone = someone who has left
trail-earlier = ({ $n } earlier entries are not shown)

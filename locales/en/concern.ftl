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
    The coordinators of { $org } have been alerted now. One of them will read it and may contact you, or the people who can help. Nobody else sees your report.
    In danger right now? Call { $emergency }. Child helpline: { $helpline }.
concern-kept =
    <b>Your report is kept. Thank you for telling us.</b>
    Nobody has been alerted yet: { $org } has no coordinator the bot can reach right now. The first coordinator who joins or opens the bot gets your report at once. Nobody else sees it.
    Please also tell a teacher or another adult you trust.
    In danger right now? Call { $emergency }. Child helpline: { $helpline }.
concern-mine-title = <b>Your reports</b>
concern-mine-empty = You have not reported anything.
concern-mine-line = • { $date }: { $status }
concern-status-open = waiting for a coordinator
concern-status-handled = handled by a coordinator

concern-alert =
    🆘 <b>A concern was reported</b> by a { $role } in { $programme }.
    Please read it now.
concern-alert-open = Read the report
btn-concerns = 🆘 Concerns ({ $open } open)
concerns-title = <b>Concerns</b>
concerns-legend = 🆘 { concern-status-open } · ✔ { concern-status-handled }
concerns-empty = No concerns have been reported.
concerns-item = { $open ->
        [yes] 🆘
       *[no] ✔
    } { $date } · { $programme }
concerns-card =
    <b>Concern of { $date }</b>
    From: { $reporter } ({ $role }), { $programme }
    Status: { $status }{ $paused }

    { $text }
concerns-paused = {""}
    The pair is paused: it gets no scheduled messages.
btn-concern-handled = ✔ Mark as handled
btn-pair-pause = ⏸ Pause the pair
btn-pair-resume = ▶ Resume the pair
concerns-unknown-reporter = someone who has left

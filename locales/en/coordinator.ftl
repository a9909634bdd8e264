# A coordinator's screens: programmes, new programme, new pair with invite links.
programmes-title = <b>Your programmes</b>
programmes-empty = You have no programmes yet. Create one with “New programme”.
programme-kind-teacher = Teacher mentoring
programme-kind-student = Student peer mentoring
programme-card =
    <b>{ $name }</b>
    { $kind } · { $start } – { $end } · { $timezone }
    Pairs: { $pairs }
programme-pair-line = • { $mentor } → { $mentee } · { $stage }
programme-pair-waiting = (waiting for { $who })

new-programme-org = Which organisation is the programme for?
new-programme-name = <b>New programme</b>
    What is it called? (for example “Inclusive teaching 2026/27”)
new-programme-name-taken = There is already a programme called “{ $name }”. Please choose another name.
new-programme-kind = What kind of programme is “{ $name }”?
new-programme-start = When does it start? Pick the date.
new-programme-end = When does it end? Pick the date (from { $start }).
new-programme-end-before-start = The end must be on or after the start ({ $start }). Pick another date.
new-programme-timezone = Which time zone do its people live in? Pick one, or type a name such as Europe/Vienna.
new-programme-timezone-unknown = I do not know the time zone “{ $value }”. Type a name such as Europe/Vienna, or pick one.
new-programme-confirm =
    <b>Create this programme?</b>
    { $name }
    { $kind } · { $start } – { $end } · { $timezone }
new-programme-done = Programme “{ $name }” is ready. Now add pairs with “New pair”.

new-pair-programme = <b>New pair</b>
    Which programme?
new-pair-no-programmes = Create a programme first.
new-pair-mentor = Who is the mentor? Pick someone already mentoring in this programme, or add a new mentor.
btn-new-mentor = ➕ New mentor
new-pair-mentor-name = Type the mentor's name as the pair will see it (a first name is enough).
new-pair-mentee-name = Type the mentee's name as the pair will see it (a first name is enough).
new-pair-minor = Is { $mentee } under 18?
new-pair-consent =
    { $mentee } is under 18. Has the school collected their parent's or guardian's consent to take part?
    (An invite link is made only after it has.)
new-pair-consent-needed = Please collect the parental consent first, then come back to add { $mentee }. Nothing was created.
new-pair-mentor-minor = Is the mentor, { $mentor }, under 18?
new-pair-mentor-consent =
    The mentor, { $mentor }, is under 18. Has the school collected their parent's or guardian's consent to take part as a mentor?
    (An invite link is made only after it has.)
new-pair-mentor-consent-needed = Please collect the parental consent of { $mentor } first, then come back to add this pair. Nothing was created.
new-pair-confirm =
    <b>Create this pair?</b>
    Programme: { $programme }
    Mentor: { $mentor }{ $mentor_minor }
    Mentee: { $mentee }{ $minor }
new-pair-minor-note = (under 18, parental consent collected)
new-pair-channel = Mentee takes part: { $channel }
new-pair-channel-telegram = in Telegram
new-pair-channel-web = in a web browser (for those who cannot use Telegram, e.g. under 16)
btn-new-pair-channel = 🔁 Telegram or web browser
new-pair-done =
    <b>Pair created.</b> Give each person their own link (or the printed QR code). Each link works once, until { $expires }.
new-pair-link = { $role } { $name }: { $link }
new-pair-qr-caption = Invite for { $name } ({ $role }). Works once, until { $expires }.

# A pair's card: its stage, the stage history and moving it.
programme-pair-button = { $mentor } → { $mentee }
programme-pair-card =
    <b>{ $mentor } → { $mentee }</b> · { $programme }
    Mentor: { $mentor } – { $mentor_joined }
    Mentee: { $mentee } – { $mentee_joined }
programme-pair-joined = joined
programme-pair-not-joined = has not joined yet
programme-pair-rules-agreed = Ground rules: agreed by both on { $date }
programme-pair-rules-open = Ground rules: not agreed yet
programme-pair-mentor-agreement-accepted = Mentor agreement: accepted on { $date }
programme-pair-mentor-agreement-open = Mentor agreement: not accepted yet
programme-pair-history = <b>Stage history</b>
programme-pair-created = • { $date }: pair created
programme-pair-step = • { $date }: { $source } → { $target } ({ $by })
programme-pair-step-automatic = automatically
programme-pair-step-ready = automatically: both agreed to the ground rules
programme-pair-move-to = Move to { $stage }
programme-pair-move-confirm =
    <b>Move { $mentor } → { $mentee } from { $current } to { $target }?</b>
    Both of them will see the new stage in their menu.
programme-pair-moved = Moved to { $stage }.

# The coordinators of an organisation: who they are, removing one; what the others are told.
btn-coordinators = 👤 Coordinators
coordinators-title =
    <b>Coordinators</b>
    They see the programmes, pairs and concerns of their organisation. Remove anyone who should not: they lose access at once.
coordinators-org = <b>{ $org }</b>
coordinators-line = • { $name } · since { $date }
coordinators-line-you = • { $name } (you) · since { $date }
coordinators-you-name = { $name } (you)
coordinators-lead-tag = {" "}· 🛡 safeguarding lead
btn-coordinators-leads = 🛡 Safeguarding lead…
coordinators-leads-title =
    <b>Safeguarding lead</b>
    The safeguarding lead of an organisation receives every concern and every reminder of an unread or stalled concern, and sees what any coordinator sees of them. Tap a name to make them the lead, or no longer.
coordinators-lead-on = ✅ 🛡 { $name }
coordinators-lead-off = ⬜ { $name }
coordinators-name-in = { $name } · { $org }
coordinators-remove = ✖ { $name }
coordinators-remove-in = ✖ { $name } · { $org }
coordinators-confirm =
    <b>Remove { $name } as a coordinator of { $org }?</b>
    They lose access to its programmes, pairs and concerns at once, and the bot tells them.
coordinators-confirm-you =
    <b>Step down as a coordinator of { $org }?</b>
    You lose access to its programmes, pairs and concerns at once.
coordinators-gone = This person is no longer a coordinator here. Nothing else was changed.
coordinators-last = { $name } is the only coordinator of { $org }, so they cannot be removed. Another coordinator has to join first.
coordinators-removed = { $name } is no longer a coordinator of { $org }.
coordinators-removed-you = You are no longer a coordinator of { $org }.
coordinator-removed-notice =
    { $by } removed you as a coordinator of { $org }. You no longer see its programmes, pairs or concerns.
    If this is a mistake, ask a coordinator of { $org } for a new invite link.
staff-joined-lead =
    👤 <b>{ $name } is now a coordinator and the safeguarding lead of { $org }</b> (they opened a safeguarding lead invite link).
    If you do not know who this is, remove them in Menu → Coordinators.
staff-joined-coordinator =
    👤 <b>{ $name } is now a coordinator of { $org }</b> (they opened a coordinator invite link).
    If you do not know who this is, remove them in Menu → Coordinators.

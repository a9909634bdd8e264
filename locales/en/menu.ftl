# The main menu of each role, stages and the privacy screen.
menu-title = <b>Main menu</b>
menu-pair-mentee = <b>{ $programme }</b> – your mentor: { $other }
menu-pair-mentor = <b>{ $programme }</b> – your mentee: { $other }
menu-not-joined = (has not joined yet)
menu-stage = Stage: <b>{ $stage }</b> – { $meaning }
menu-coordinator = You coordinate <b>{ $count }</b> { $count ->
    [one] programme
   *[other] programmes
    } at { $org }.
menu-more-pairs = …and { $count } more. Each flow lets you choose the pair.
menu-no-roles = You are not part of a programme yet. Open the invite link your coordinator gave you.
btn-questionnaire = 📝 Questionnaire
btn-diary = 📔 Diary
btn-reflect = 💭 Reflect
btn-goals = 🎯 Goals and plan
btn-ground-rules = 🤝 Ground rules
btn-programmes = 📋 Programmes
btn-new-programme = ➕ New programme
btn-new-pair = 👥 New pair
btn-language = 🌐 Language
btn-privacy = 🔒 Privacy
btn-help = ❔ Help

stage-setting_up = Setting up
stage-engage = Engage
stage-sustain = Sustain
stage-transition = Transition
stage-closed = Closed
stage-meaning-setting_up = getting to know each other and agreeing the ground rules.
stage-meaning-engage = building trust and setting goals and plans together.
stage-meaning-sustain = working towards the goals, giving feedback and solving problems.
stage-meaning-transition = looking back at what went well and what was learned.
stage-meaning-closed = the mentoring has ended.

role-coordinator = coordinator
role-mentor = mentor
role-mentee = mentee

language-title = <b>Language</b>
    Your language now: { $current }.
language-changed = Done: the bot now speaks English.

privacy-title =
    <b>Privacy</b>
    You agreed to version { $version } of the privacy notice on { $date }.
privacy-none = You have not agreed to the privacy notice.
btn-privacy-read = Read the notice
btn-privacy-withdraw = Take back my agreement
privacy-withdraw-confirm =
    <b>Take back your agreement?</b>
    The bot will stop sending you messages and you will not be able to use it until you agree again. What you wrote stays stored until it is erased.
btn-privacy-withdraw-yes = Yes, take it back
privacy-withdrawn = Your agreement is taken back. The bot will not message you. Send /start if you want to agree again.

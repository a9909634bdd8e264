# Ground rules of a pair (seed 003, Stage 1) and the mentor agreement (seed 002). The topics' and the
# agreement's own words are in instruments.ftl.
ground-rules-which-pair = <b>🤝 Ground rules</b>
    Which pair are these ground rules for?
ground-rules-no-pair = You are not in a pair at the moment.
ground-rules-title = <b>🤝 Ground rules</b> – { $programme }, with { $other }
ground-rules-intro = Setting ground rules early helps you avoid many problems later. Either of you can write a rule; you both see every rule, and you both agree at the end.
ground-rules-topic-line = <b>{ $number }. { $topic }</b>
ground-rules-answer = { $text } <i>({ $who }, { $date })</i>
ground-rules-open = <i>no rule yet</i>
ground-rules-you = you
ground-rules-confidentiality-limit = ⚠️ <b>The limit:</b> what you share stays between you as far as possible. If the mentor feels that the mentee, or someone you talk about, is at risk, the mentor must tell the project team (your coordinators). You both know this from the start.
ground-rules-open-count = { $count ->
    [one] One topic is still open.
   *[other] { $count } topics are still open.
    }
ground-rules-agreed-both = ✅ You both agreed to these rules on { $date }.
ground-rules-you-agreed = ✔ You agreed.
ground-rules-you-not-agreed = You have not agreed yet.
ground-rules-other-agreed = ✔ { $other } agreed.
ground-rules-other-not-agreed = { $other } has not agreed yet.
ground-rules-other-not-joined = { $other } has not joined yet; they can agree once they have.
ground-rules-mentor-agreement-accepted = 📜 Mentor agreement: accepted by { $mentor } on { $date }.
ground-rules-mentor-agreement-open = 📜 Mentor agreement: not accepted yet.
ground-rules-btn-topic-open = ✏️ { $topic }
ground-rules-btn-topic-done = ✔ { $topic }
ground-rules-btn-agree = 🤝 We agree
ground-rules-btn-mentor-agreement = 📜 Mentor agreement
ground-rules-still-open = Please answer every topic first.
ground-rules-moved-on = 🎉 Agreed! Your pair moves on to the stage “{ $stage }”.
ground-rules-thanks = ✔ Thank you – you agreed.
ground-rules-ask-again = The rules changed, so you are both asked to agree again.

ground-rules-topic = <b>{ $number } of { $total }. { $topic }</b>
ground-rules-current = Now: { $text } <i>({ $who }, { $date })</i>
ground-rules-topic-help = Tap a suggestion, or type your own rule (up to { $limit } characters).

# Suggested answers per topic (a few; people can always type their own).
ground-rules-suggestion-how_often-0 = Once a week
ground-rules-suggestion-how_often-1 = Twice a week
ground-rules-suggestion-how_often-2 = Three times a week
ground-rules-suggestion-where_when-0 = At school, after lessons
ground-rules-suggestion-where_when-1 = In the library, at lunchtime
ground-rules-suggestion-where_when-2 = Online, in the evening
ground-rules-suggestion-cannot_come-0 = Tell the other a day before and pick a new time
ground-rules-suggestion-cannot_come-1 = Send a message as soon as we know
ground-rules-suggestion-friends-0 = Just the two of us
ground-rules-suggestion-friends-1 = Friends only if we both agree first
ground-rules-suggestion-confidentiality-0 = It stays between us, unless someone is at risk
ground-rules-suggestion-confidentiality-1 = Between us; if someone is at risk, the mentor tells the project team, and we both know it
ground-rules-suggestion-problems-0 = Talk about it openly at our next meeting
ground-rules-suggestion-problems-1 = Look for a solution together, step by step
ground-rules-suggestion-problems-2 = Ask the project team for help if we are stuck

ground-rules-agreement-heading = <b>📜 { $title }</b>
ground-rules-agreement-names =
    Name of Mentor: { $mentor }
    Name of Mentee: { $mentee }
ground-rules-agreement-point = { $number }. { $text }
ground-rules-btn-accept = ✔ I agree
ground-rules-agreement-thanks = ✔ Thank you – you accepted the mentor agreement.

# A line in the pair's main menu.
ground-rules-menu-agreed = 🤝 Ground rules: agreed on { $date }
ground-rules-menu-waiting = 🤝 Ground rules: waiting for { $other } to agree
ground-rules-menu-open = 🤝 Ground rules: not agreed yet – open 🤝 Ground rules
ground-rules-menu-mentor-agreement = 📜 Mentor agreement: not accepted yet – open 🤝 Ground rules

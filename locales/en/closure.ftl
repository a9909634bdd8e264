# Closure (seed 003, Stage 4): ending the mentoring, looking back, and what the mentee keeps.
btn-closure = 🏁 Ending and looking back
closure-open-title =
    <b>Ending the mentoring</b>
    Most pairs end when the agreed time is over. Sometimes a mentoring relationship comes to an early end – that is no reflection on either of you.
    Why is it ending?
closure-confirm =
    <b>End the mentoring of { $programme } with { $other }?</b>
    Reason: { $reason }
    Both of you will then be asked a few last questions. This cannot be undone by you; a coordinator can help if it was a mistake.
btn-closure-end = ✔ End the mentoring
closure-other-side =
    🏁 <b>Your mentoring in { $programme } has ended.</b>
    Reason: { $reason }
    Open /menu → “🏁 Ending and looking back” for the last questions{ $extra }
closure-other-side-mentee = {" "}and, if you want, your Learning Statement and certificate.
closure-hub-title =
    <b>Looking back: { $programme } with { $other }</b>
    It is not “goodbye”: you can talk together about whether you would like to stay in touch, and how.
closure-step-followup = 📝 The questionnaire again (before & after)
closure-step-reflection = 💭 A final reflection
closure-step-statement = 📄 My Learning Statement (PDF)
closure-step-certificate = 🎓 My certificate (PDF)
closure-done = ✓
closure-final-title = <b>A final reflection</b>
    Pick a question, then answer it in one message.
closure-final-written = Saved. Thank you.
closure-final-prompt = <b>{ $prompt }</b>
    Answer in one message (up to { $limit } characters).

statement-intro =
    <b>Your Learning Statement</b>
    It says what you can do now because of the mentoring. It is yours: it is made only if you want it, from your own words, and you can change every part before it is made.
statement-section = <b>{ $title }</b>
    { $text }
statement-empty = (not written yet – tap the part to write it)
statement-edit = <b>{ $title }</b>
    Write this part in one message (up to { $limit } characters). What is there now:
    { $text }
btn-statement-make = ✔ Make my Learning Statement
statement-caption = Your Learning Statement. You decide who sees it.
statement-title = Learning Statement
statement-subtitle = { $name } · { $programme } · { $start } – { $end }
statement-process = The peer mentoring process
statement-objectives = The objectives I wanted to achieve
statement-changes = Changes to my objectives
statement-did = What I did
statement-hard-skills = Hard, technical skills I used or learned
statement-soft-skills = Softer skills: working with others and knowing myself
statement-able = What I now feel able to do
statement-draft-process = From { $start } to { $end } I took part in { $programme } at { $org }. My mentor was { $mentor }. We met { $sessions } times.
statement-draft-did = We held { $sessions } sessions together.
certificate-title = Certificate of Satisfactory Completion
certificate-line-1 = This certifies that
certificate-line-3 = has completed the mentoring programme “{ $programme }” at { $org },
certificate-line-4 = from { $start } to { $end }, taking part in { $sessions } sessions.
certificate-signature = { $org } · issued on { $date }
certificate-caption = Your certificate of satisfactory completion.

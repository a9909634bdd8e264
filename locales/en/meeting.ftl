# Meetings: planning, changing, "I can't make it", reminders, and the mentor's "did it happen?" card.
btn-meeting = 📅 Meetings

meeting-home = <b>Meetings · { $programme } with { $other }</b>
meeting-home-none = No meeting is planned yet.
meeting-home-reminders =
    🔔 { $reminders }
    Times are in your time zone ({ $zone }).
meeting-item = 📅 { $date } · { $time }
btn-meeting-new = ➕ Plan a meeting
btn-meeting-reminders = 🔔 Reminders
meeting-which-pair = Which of your pairs is this meeting for?

meeting-day = <b>Which day?</b>
meeting-day-past = That day has passed. Please choose today or a later day.
meeting-day-outside = Please choose a day from { $earliest } to { $latest }: the programme runs from { $start } to { $end }.
meeting-day-over = This programme ended on { $end }, so no more meetings can be planned in it.
meeting-time =
    <b>What time on { $date }?</b>
    Tap a time, or send one such as 16:45. Times are in your time zone ({ $zone }).
meeting-time-invalid = Please send a time such as 16:45 (hours 0–23, minutes 0–59).
meeting-time-past = That time has passed. Please choose a later time.
meeting-time-skipped = The clocks go forward that night, so { $time } does not exist that day. Please choose another time.
meeting-duration = <b>How long will you meet?</b>
meeting-minutes = { $minutes } min
meeting-mode = <b>How will you meet?</b>
meeting-mode-in_person = In person
meeting-mode-online = Online
meeting-mode-hybrid = Hybrid
meeting-mode-other = Other
meeting-place = { $mode ->
    [online] <b>What is the link of the call?</b>
   *[other] <b>Where will you meet?</b> A room, an address, or the link of the call.
    }
    Send it as one message, up to { $limit } characters.
btn-meeting-keep-place = ✔ Keep this place
btn-meeting-no-place = No place or link

meeting-details =
    📅 <b>{ $date }, { $time }</b> · { $minutes } min
    With { $other } · { $mode }{ $place }
meeting-place-line = {"\u000A"}📍 { $place }
meeting-gone = This meeting has started, or it is no longer planned.
meeting-not-open = {"\u000A"}It has started, or it is no longer planned, so it cannot be changed.
btn-meeting-reschedule = 🕒 Change the day or time
btn-meeting-duration = ⏱ Change how long
btn-meeting-mode = 🔀 Change how you meet
btn-meeting-place = 📍 Change the place
btn-meeting-ics = 📲 Add to my phone's calendar
btn-meeting-cant = 🙅 I can't make it
btn-meeting-cancel = 🗑 Cancel the meeting
meeting-ics-summary = Mentoring meeting with { $other }
meeting-ics-caption = Open this file to add the meeting to your phone's calendar.

meeting-cant-ask = <b>You can't make it?</b> { $other } will be told at once, and the meeting is called off.
meeting-cant-rule = Your pair agreed what to do: “{ $rule }”
meeting-cant-no-rule = Your pair has not agreed yet on “{ $question }” – a good ground rule to set together.
btn-meeting-tell = ✔ Tell my { $other_role }
meeting-cant-told = <b>{ $other } has been told.</b> Would you like to choose another time now?
btn-meeting-again = 📅 Choose another time
btn-meeting-list = ‹ Meetings

meeting-cancel-ask = <b>Cancel this meeting?</b> { $other } will be told.
btn-meeting-cancel-yes = Yes, cancel it
meeting-cancelled = The meeting is cancelled.

meeting-reminders =
    <b>Reminders before each meeting</b>
    Now: { $current }.
meeting-reminders-before = { $offsets } before
meeting-reminders-none = no reminders
meeting-before-hours = { $hours } h
meeting-before-minutes = { $minutes } min
meeting-reminders-saved = Saved.

meeting-menu-next = 📅 Next meeting: { $date }, { $time }
meeting-menu-none = 📅 No meeting planned – plan one in Meetings.

# Sent by the scheduler (the outbox), in the recipient's language and time zone.
meeting-reminder =
    ⏰ <b>Reminder: meeting with { $other }</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
btn-meeting-open = 📅 Open
meeting-card =
    <b>Did your meeting with { $other } take place?</b>
    { $date }, { $time } · { $minutes } min · { $mode }
btn-meeting-held = ✔ Yes, we met
btn-meeting-not-held = ✖ No, it did not take place
btn-meeting-moved = 🔁 It was moved to another time
meeting-outcome-held = Noted. Now the diary entry for it.
meeting-outcome-not_held = Noted: it did not take place.
meeting-outcome-moved = Noted. Now choose the new time.
meeting-outcome-early = The meeting has not ended yet.
meeting-outcome-known-held = You have already noted that this meeting took place.
meeting-outcome-known-not_held = You have already noted that this meeting did not take place.
meeting-outcome-known-moved = You have already noted that this meeting was moved.
meeting-outcome-known-cancelled = This meeting was cancelled.
meeting-news-scheduled =
    📅 <b>{ $other } planned a meeting with you</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-changed =
    📅 <b>{ $other } changed your meeting</b>
    Now: { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-cancelled =
    🗑 <b>{ $other } cancelled the meeting</b> on { $date }, { $time }.
meeting-news-cant =
    🙅 <b>{ $other } can't make it</b> to the meeting on { $date }, { $time }, so it is called off.
    Choose another time together.

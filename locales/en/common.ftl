# Shared words and the language's own name (the command list is in commands.ftl).
language-name = English

btn-back = ‹ Back
btn-cancel = ✖ Cancel
btn-menu = ☰ Menu
btn-confirm = ✔ Confirm
btn-yes = Yes
btn-no = No

help-text =
    <b>What this bot does</b>
    It is the shared notebook of a mentoring programme: each pair's meetings, diary and reflections.

    /menu – your main menu
    /mydata – see, download or erase your data
    /language – change the language
    /cancel – stop what you are doing and go back
    /help – this message

    To join a programme, open the invite link your coordinator gave you.
help-text-student-mentee =
    <b>What this bot does</b>
    It is the notebook you share with your mentor: your meetings, your diary, your goals and your reflections.

    /menu – your main menu
    /questionnaire – your questionnaire, before and after
    /diary – your pair's session diary
    /reflect – reflection questions for where you are now
    /goals – goals and the plan
    /meeting – plan your next meeting; reminders come before it
    /tips – tips for staying safe online
    /concern – tell the coordinators about something worrying
    /mydata – see, download or erase your data
    /language – change the language
    /cancel – stop what you are doing and go back
    /help – this message
help-text-student-mentor =
    <b>What this bot does</b>
    It is the notebook you share with the student you mentor: your meetings, your diary, your goals and your reflections.

    /menu – your main menu
    /questionnaire – your questionnaire, before and after
    /diary – your pair's session diary
    /reflect – reflection questions for where you are now
    /goals – goals and the plan
    /meeting – plan your next meeting; reminders come before it
    /tips – tips for staying safe online
    /concern – tell the coordinators about something worrying
    /mydata – see, download or erase your data
    /language – change the language
    /cancel – stop what you are doing and go back
    /help – this message
help-text-teacher =
    <b>What this bot does</b>
    It is the notebook you share with your mentoring partner: your meetings, the session diary, goals and the plan, and your reflections.

    /menu – your main menu
    /questionnaire – your questionnaire, before and after
    /diary – your pair's session diary
    /reflect – reflection questions for where you are now
    /goals – goals and the plan
    /meeting – plan your next meeting; reminders come before it
    /tips – tips for staying safe online
    /concern – tell the coordinators about something worrying
    /mydata – see, download or erase your data
    /language – change the language
    /cancel – stop what you are doing and go back
    /help – this message
help-text-coordinator =
    <b>What this bot does</b>
    It helps you run your mentoring programmes: programmes, pairs and their invite links, the weekly digest and the concerns people report.

    /menu – your main menu: programmes, new pairs, concerns
    /digest – the weekly digest of your programmes
    /export – a spreadsheet of your programmes
    /mydata – see, download or erase your data
    /language – change the language
    /cancel – stop what you are doing and go back
    /help – this message
help-coordinator-also =
    <b>As a coordinator</b>
    /digest – the weekly digest of your programmes
    /export – a spreadsheet of your programmes

hint-free-text = I did not catch that. Use the buttons in the menu, or send /menu. Send /help to see what I can do.
hint-unknown-command = I do not know the command { $command }. Send /help to see the commands.
hint-no-programme = You are not part of a programme yet. Open the invite link your coordinator gave you, or ask them for one.
cancelled = Stopped. Nothing else was changed. Send /menu to go on.
not-available = This is not available to you.
stale-button = The bot was restarted, so that button no longer works. Here is your menu again.
error-generic = Sorry, something went wrong on our side, so what you just did was not saved and nothing was sent. Please try again in a moment.
error-after-saved = Sorry, something went wrong on our side while answering you. What you did was saved; send /menu to carry on.
only-text = Please send this as a text message.
text-too-long = That is { $length } characters; please keep it under { $limit }.
text-empty = Please write at least one letter.

# A PDF (my data, the Learning Statement, the certificate) with a character no font could print.
pdf-unshown = Some characters could not be printed in this document; each is shown as { $mark }.

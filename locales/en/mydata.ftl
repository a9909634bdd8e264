# My data (/mydata): see, download and erase what the bot keeps about you.
btn-mydata = 🗂 My data
mydata-title =
    <b>Your data</b>
    The bot keeps your name ({ $name }), your Telegram account number, your language, and:
    • questionnaires: { $questionnaires }
    • your parts of diary entries: { $diary }
    • reflections: { $reflections }
    • goals: { $goals }
    • reports of a concern: { $concerns }
    You can download all of it, or erase it.
btn-mydata-download = ⬇ Download my data
btn-mydata-erase = 🗑 Erase my data
mydata-erase-confirm =
    <b>Erase your data?</b>
    Everything the bot keeps about you is deleted for good: your name and Telegram account number, your roles in programmes and pairs, your questionnaire answers, your parts of the diary, your reflections and goals, your place in any unfinished conversation, and messages waiting to be sent to you. You leave your programmes: to come back you need a new invite link from your coordinator.
    Kept: the other side of your pair keeps their own parts of the diary. The reports of a concern you made (what you wrote and when) stay with the coordinators, without your name, because they may be needed to keep someone safe.
btn-mydata-erase-yes = Yes, erase it
mydata-erased = Done: your data is erased. Only the reports of a concern you made stay with the coordinators, without your name. To use the bot again, ask your coordinator for a new invite link.
mydata-file-caption = All the data the bot keeps about you ({ $date }).
mydata-pdf-title = My mentoring notes
mydata-pdf-subtitle = { $name } · { $date }
mydata-pdf-diary = Diary – session { $number } ({ $date })
mydata-pdf-reflections = Reflections
mydata-pdf-empty = (nothing written)
mydata-field-objectives = 1. Objectives of the Session
mydata-field-topics = 2. Topics and Activities
mydata-field-reflection = 3. Mentee's Reflection
mydata-field-notes = 4. Mentor's Notes
retention-warning =
    🗂 <b>{ $programme }</b> has ended. To protect your privacy, what you wrote in it will be deleted on { $date }.
    If you want to keep a copy, send /mydata and tap “Download my data” before then.

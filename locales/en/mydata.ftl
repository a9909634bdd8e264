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
    You can download all of it, or erase what you wrote.
btn-mydata-download = ⬇ Download my data
btn-mydata-erase = 🗑 Erase what I wrote
mydata-erase-confirm =
    <b>Erase what you wrote?</b>
    Your questionnaire answers, your parts of the diary, your reflections and goals, and your place in any unfinished conversation will be deleted for good. Messages waiting to be sent to you are cancelled, and your agreement to the privacy notice is taken back.
    The other side of your pair keeps their own parts. Reports of a concern stay with the coordinators, because they may be needed to keep someone safe.
btn-mydata-erase-yes = Yes, erase it
mydata-erased = Done: what you wrote is erased. Send /start if you want to use the bot again.
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

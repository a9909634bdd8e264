# The questionnaire: the mentee answers before the mentoring (baseline) and at its end (follow-up).
# The instruments' own words are in instruments.ftl; these are the flow's.
questionnaire-phase-baseline = Før mentoringen
questionnaire-phase-followup = Ved slutten

questionnaire-home = <b>📝 Spørreskjema</b> – { $programme }
questionnaire-state-done = { $phase }: ✅ fullført
questionnaire-state-partial = { $phase }: { $answered } av { $total } besvart
questionnaire-state-todo = { $phase }: ikke besvart ennå
questionnaire-followup-later = Ved slutten av mentoringen svarer du på de samme spørsmålene igjen, for å se hva som har endret seg.
questionnaire-mentor-done = { $phase }: { $mentee } har fullført ✅
questionnaire-mentor-todo = { $phase }: { $mentee } har ikke fullført ennå
questionnaire-mentor-privacy = Du ser bare om det er fullført; svarene tilhører { $mentee }.
questionnaire-no-pair = Det finnes ikke noe åpent par for et spørreskjema.
questionnaire-which-pair =
    <b>📝 Spørreskjema</b>
    Hvilket par?

# One line in the main menu, for each pair.
questionnaire-menu-done = 📝 Spørreskjema – { questionnaire-state-done }
questionnaire-menu-partial = 📝 Spørreskjema – { questionnaire-state-partial }
questionnaire-menu-todo = 📝 Spørreskjema – { questionnaire-state-todo }
questionnaire-menu-mentor-done = 📝 Spørreskjema – { questionnaire-mentor-done }
questionnaire-menu-mentor-todo = 📝 Spørreskjema – { questionnaire-mentor-todo }

# A one-line welcome above the first question.
questionnaire-intro-teacher_annex3-baseline = Før mentorsamtalene starter: et kort spørreskjema om inkluderende undervisning – seks spørsmål, omtrent tre minutter. Du kan stoppe når som helst og fortsette senere.
questionnaire-intro-teacher_annex3-followup = Mentoringen din nærmer seg slutten: de samme seks spørsmålene som i starten, så du kan se hva som har endret seg. Du kan stoppe når som helst og fortsette senere.
questionnaire-intro-student_intake-baseline = Hei! To raske spørsmål om hva du håper å få ut av mentoringen. Mentoren din ser bare at du har svart, ikke svarene dine. Det finnes ingen feil svar, og du kan stoppe når som helst.
questionnaire-intro-student_intake-followup = Mentoringen din er nesten over! De samme to spørsmålene som i starten – la oss se hva som har endret seg.

questionnaire-question =
    <b>{ $instrument }</b> · Spørsmål { $number } av { $total }

    <b>{ $number }. { $title }</b>
    { $question }
questionnaire-write = Skriv svaret ditt i én melding (opptil { $limit } tegn).
questionnaire-your-answer = Svaret ditt nå: «{ $current }»
questionnaire-pick-one = Velg minst ett, eller trykk «Vil ikke svare».
questionnaire-chosen = ✓ { $label }
questionnaire-skipped = Vil ikke svare
questionnaire-not-answered = –
questionnaire-quoted = «{ $text }»

questionnaire-btn-skip = Vil ikke svare
questionnaire-btn-next = Neste ›
questionnaire-btn-keep = Behold dette svaret
questionnaire-btn-later = ⏸ Senere
questionnaire-btn-answer = ▶ Svar nå
questionnaire-btn-answers = 📊 Svarene dine
questionnaire-btn-before-after = 📊 Før og etter
questionnaire-btn-change = ✏️ { $number }. { $title }
questionnaire-btn-done = ✔ Ferdig

questionnaire-summary =
    <b>Sjekk svarene dine</b> – { $instrument }
    Trykk på et svar for å endre det, eller bekreft. Når du har bekreftet, er svarene endelige.
questionnaire-summary-line = <b>{ $number }. { $title }</b>: { $answer }
questionnaire-thanks = ✅ <b>Takk!</b> Svarene dine er lagret. { $mentor } ser bare at du har fullført spørreskjemaet, ikke svarene dine.

questionnaire-answers-title = <b>Svarene dine</b> – { $instrument }
questionnaire-before-after-title =
    <b>Før og etter</b> – { $instrument }
    Svarene dine før mentoringen → ved slutten.
questionnaire-compare-line =
    <b>{ $number }. { $title }</b>
    { $before } → { $after }
questionnaire-compare-text =
    <b>{ $number }. { $title }</b>
    Før: { $before }
    Ved slutten: { $after }

# Il questionario: il mentee risponde prima del mentoring (situazione iniziale) e alla fine (verifica finale).
# Il testo degli strumenti si trova in instruments.ftl; questi sono i testi del percorso.
questionnaire-phase-baseline = Prima del mentoring
questionnaire-phase-followup = Alla fine

questionnaire-home = <b>📝 Questionario</b> – { $programme }
questionnaire-state-done = { $phase }: ✅ completato
questionnaire-state-partial = { $phase }: { $answered } risposte su { $total }
questionnaire-state-todo = { $phase }: non ancora compilato
questionnaire-followup-later = Alla fine del mentoring risponderai di nuovo alle stesse domande, per vedere che cosa è cambiato.
questionnaire-mentor-done = { $phase }: { $mentee } l'ha completato ✅
questionnaire-mentor-todo = { $phase }: { $mentee } non l'ha ancora completato
questionnaire-mentor-privacy = Vedi solo se è stato completato; le risposte appartengono a { $mentee }.
questionnaire-no-pair = Non c'è nessuna coppia attiva per un questionario.
questionnaire-which-pair =
    <b>📝 Questionario</b>
    Quale coppia?

# Una riga nel menu principale, per ogni coppia.
questionnaire-menu-done = 📝 Questionario – { questionnaire-state-done }
questionnaire-menu-partial = 📝 Questionario – { questionnaire-state-partial }
questionnaire-menu-todo = 📝 Questionario – { questionnaire-state-todo }
questionnaire-menu-mentor-done = 📝 Questionario – { questionnaire-mentor-done }
questionnaire-menu-mentor-todo = 📝 Questionario – { questionnaire-mentor-todo }

# Una riga di benvenuto sopra la prima domanda.
questionnaire-intro-teacher_annex3-baseline = Prima che inizino le sessioni di mentoring, un breve questionario sulla didattica inclusiva: sei domande, circa tre minuti. Puoi fermarti in qualsiasi momento e continuare più tardi.
questionnaire-intro-teacher_annex3-followup = Il tuo mentoring sta per concludersi: le stesse sei domande dell'inizio, così puoi vedere che cosa è cambiato. Puoi fermarti in qualsiasi momento e continuare più tardi.
questionnaire-intro-student_intake-baseline = Ciao! Due domande veloci su che cosa speri dal mentoring. Il tuo mentor vede solo che hai risposto, non le tue risposte. Non ci sono risposte sbagliate e puoi fermarti quando vuoi.
questionnaire-intro-student_intake-followup = Il tuo mentoring è quasi finito! Le stesse due domande dell'inizio – vediamo che cosa è cambiato.

questionnaire-question =
    <b>{ $instrument }</b> · Domanda { $number } di { $total }

    <b>{ $number }. { $title }</b>
    { $question }
questionnaire-write = Scrivi la tua risposta in un solo messaggio (fino a { $limit } caratteri).
questionnaire-your-answer = La tua risposta attuale: “{ $current }”
questionnaire-pick-one = Scegline almeno una, oppure tocca “Preferisco non rispondere”.
questionnaire-chosen = ✓ { $label }
questionnaire-skipped = Preferisco non rispondere
questionnaire-not-answered = –
questionnaire-quoted = “{ $text }”

questionnaire-btn-skip = Preferisco non rispondere
questionnaire-btn-next = Avanti ›
questionnaire-btn-keep = Mantieni questa risposta
questionnaire-btn-later = ⏸ Più tardi
questionnaire-btn-answer = ▶ Rispondi ora
questionnaire-btn-answers = 📊 Le tue risposte
questionnaire-btn-before-after = 📊 Prima e dopo
questionnaire-btn-change = ✏️ { $number }. { $title }
questionnaire-btn-done = ✔ Fatto

questionnaire-summary =
    <b>Controlla le tue risposte</b> – { $instrument }
    Toccane una per modificarla, oppure conferma. Dopo la conferma, le risposte sono definitive.
questionnaire-summary-line = <b>{ $number }. { $title }</b>: { $answer }
questionnaire-thanks = ✅ <b>Grazie!</b> Le tue risposte sono salvate. { $mentor } vede solo che hai completato il questionario, non le tue risposte.

questionnaire-answers-title = <b>Le tue risposte</b> – { $instrument }
questionnaire-before-after-title =
    <b>Prima e dopo</b> – { $instrument }
    Le tue risposte prima del mentoring → alla fine.
questionnaire-compare-line =
    <b>{ $number }. { $title }</b>
    { $before } → { $after }
questionnaire-compare-text =
    <b>{ $number }. { $title }</b>
    Prima: { $before }
    Alla fine: { $after }

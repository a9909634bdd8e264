# Il diario delle sessioni (/diary) e i progressi rispetto al piano.

## Seed 000, Allegato IV - Diario: i nomi dei campi e le modalità come li riporta l'Allegato
diary-field-session_no = Sessione n.
diary-field-date = Data
diary-field-duration = Durata
diary-field-mode = Modalità (in presenza / online / ibrida)
diary-mode-in_person = in presenza
diary-mode-online = online
diary-mode-hybrid = ibrida
diary-mode-other-word = altro: { $word }
diary-field-objectives = 1. Obiettivi della sessione
diary-field-topics = 2. Argomenti e attività
diary-field-mentee_reflection = 3. Riflessione del mentee
diary-field-mentor_notes = 4. Note del mentor
# Seed 000, Allegato II: la colonna del piano a cui è collegata una sessione, e le due parti senza le ore
diary-field-activity = Attività
diary-plan-part-mentoring = A. Attività di mentoring
diary-plan-part-piloting = B. Sperimentazione in classe

## Progressi (la pagina del diario e il menu principale)
diary-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } su { NUMBER($planned, maximumFractionDigits: 1) } h
diary-plan-activity = { "  " }• { $activity }: { NUMBER($done, maximumFractionDigits: 1) } su { NUMBER($planned, maximumFractionDigits: 1) } h
diary-rhythm = { $done } { $done ->
        [one] sessione
       *[other] sessioni
    } finora; al ritmo di { $per_week } a settimana, a quest'ora sareste a { $expected }.
diary-rhythm-ahead = Il ritmo di { $per_week } incontri a settimana da { $minutes } minuti inizia il { $start }.
diary-menu-line = 📔 { $text }
diary-menu-waiting-mentee = 📔 { $count ->
        [one] Una sessione aspetta
       *[other] { $count } sessioni aspettano
    } la tua riflessione.
diary-menu-waiting-mentor = 📔 { $count ->
        [one] Una sessione aspetta
       *[other] { $count } sessioni aspettano
    } le tue note.

## La pagina del diario
diary-title = <b>📔 Diario delle sessioni</b> – { $programme }, con { $other }
diary-waiting-title = <b>Ti aspettano</b>
diary-waiting-mentee = Sessione { $number } – aggiungi la tua riflessione
diary-waiting-mentor = Sessione { $number } – aggiungi le tue note
diary-btn-new = ✍ Nuova voce
diary-btn-entries = 📚 Voci precedenti ({ $count })
diary-btn-home = 📔 Diario
diary-which-pair = <b>📔 Diario delle sessioni</b>
    Di quale coppia si tratta?
diary-no-pair = Al momento non fai parte di una coppia.

## Scrivere una voce
diary-new-title = <b>Nuova voce – { diary-field-session_no } { $number }</b>
diary-entry-title = <b>{ diary-field-session_no } { $number }</b>
diary-now = Ora: { $value }
diary-btn-next = Avanti ›
diary-btn-skip = Salta ›
diary-ask-date = <b>{ diary-field-date }</b>: quando si è svolta la sessione? Tocca “Oggi” o scegli il giorno.
diary-btn-today = Oggi, { $today }
diary-date-future = Quel giorno non è ancora arrivato. Scegli il giorno in cui si è svolta la sessione.
diary-date-outside = Scegli un giorno dal { $earliest } al { $latest }: il programma va dal { $start } al { $end }.
diary-date-too-soon = Le sessioni si possono annotare dal { $earliest } in poi: il programma va dal { $start } al { $end }.
diary-ask-duration = <b>{ diary-field-duration }</b>: quanto è durata? Tocca una durata, oppure scrivi i minuti ({ $low }–{ $high }).
diary-minutes = { $minutes } min
diary-minutes-invalid = Scrivi i minuti come numero intero da { $low } a { $high }.
diary-ask-mode = <b>{ diary-field-mode }</b>: come vi siete incontrati?
diary-btn-mode-other = altro…
diary-ask-mode-other = <b>{ diary-field-mode }</b>: altro – in una o due parole? (fino a { $limit } caratteri)
diary-ask-activity = <b>{ diary-field-activity }</b>: a quale attività del piano di mentoring corrisponde questa sessione?
diary-ask-text =
    <b>{ $section }</b>
    Scrivilo in un solo messaggio, fino a { $limit } caratteri. Potrai modificarlo in seguito.
    Tutto ciò che è in una voce del diario, anche le note del mentor, lo vedete entrambi, mentor e mentee; i coordinatori ne vedono solo la data, la durata e come vi siete incontrati.

## Leggere una voce
diary-fact = { $label }: { $value }
diary-section-title = <b>{ $section }</b>
diary-not-written = (non ancora scritto)
diary-left-empty = —
diary-shortened = { $text }…
diary-btn-full = 📖 { $section } (completo)
diary-btn-edit = ✏️ Modifica la mia parte
diary-btn-delete = 🗑 Elimina la mia parte
diary-edit-title = <b>{ diary-field-session_no } { $number }</b>
    Che cosa vuoi modificare?
diary-delete-confirm =
    <b>Eliminare la tua parte della sessione { $number }?</b>
    { $role ->
        [mentor] I tuoi obiettivi, argomenti e note verranno eliminati.
       *[mentee] La tua riflessione verrà eliminata.
    }
    { $fate ->
        [goes] Nessun altro ha scritto in questa voce, quindi l'intera sessione sparisce dal diario.
        [passes] { $other } ci ha scritto, quindi la sessione resta con la sua parte, che ne conserva data, durata e modalità.
       *[stays] La sessione resta nel diario con l'altra parte.
    }
    L'operazione non può essere annullata.
diary-btn-delete-yes = 🗑 Sì, elimina
diary-deleted-part = La tua parte della sessione { $number } è stata eliminata.
diary-deleted-entry = La sessione { $number } è stata eliminata dal diario.

## Voci precedenti
diary-entries-title = <b>📚 Sessioni precedenti</b>, dalla più recente
diary-entries-empty = Nel diario non ci sono ancora sessioni. Iniziane una con “Nuova voce”.
diary-entries-page = Pagina { $page } di { $pages }
diary-entry-button = Sessione { $number } · { $date } · { $minutes } min
diary-btn-newer = ‹ Prec.
diary-btn-older = Succ. ›

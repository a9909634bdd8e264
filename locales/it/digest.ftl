# Il riepilogo settimanale del coordinatore (/digest, e ogni lunedì) e l'esportazione (/export): solo numeri, mai
# ciò che le persone hanno scritto.
btn-digest = 📊 Riepilogo settimanale
btn-digest-open = 📊 Apri il riepilogo con il grafico
btn-digest-export = 📥 Scarica il foglio (XLSX)
digest-coordinators-only = Il riepilogo e l'esportazione sono per i coordinatori. Invia /menu per vedere che cosa puoi fare.
digest-title = 📊 <b>Riepilogo settimanale</b> · { $start } – { $end }
digest-programmes = { $count ->
    [one] 1 programma
   *[other] { $count } programmi
    }
digest-statuses = Coppie: { $pairs } – attive { $active } · a rischio { $at_risk } · non avviate { $waiting } · in pausa { $paused } · concluse { $closed }
digest-sessions = Sessioni svolte: { $week } negli ultimi 7 giorni, { $total } in totale
digest-questionnaires = Questionari completati: { $baseline } all'inizio, { $followup } alla fine
digest-concerns = Segnalazioni: { $opened } nuove negli ultimi 7 giorni, { $still_open } ancora aperte
digest-concerns-untold = ⚠️ { $count ->
        [one] 1 segnalazione aperta non ha raggiunto
       *[other] { $count } segnalazioni aperte non hanno raggiunto
    } nessuno: tutti gli avvisi sono falliti (bot bloccato). Apri subito Menu → Segnalazioni.
digest-unreachable = Persone che hanno bloccato il bot: { $count }
digest-empty = Non hai ancora programmi, quindi non c'è niente da riportare.
digest-pick = Apri un programma per vederne i dettagli:
digest-programme-title = <b>{ $name }</b> · { $kind }
digest-stages = Per fase: { $stages }
digest-stage-count = { $stage } { $count }
digest-plan = <b>Ore rispetto al piano</b> (Allegato II; coppie avviate: { $pairs })
digest-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } su { NUMBER($planned, maximumFractionDigits: 1) } h
digest-plan-part-mentoring = A. Attività di mentoring
digest-plan-part-piloting = B. Sperimentazione in classe
digest-means = <b>Medie dei questionari</b> (Allegato III; 1 è la risposta più bassa)
digest-means-item = { $item }: inizio { $baseline } · fine { $followup }
digest-mean = { NUMBER($mean, maximumFractionDigits: 1) } su { $points }
digest-mean-few = meno di 3 risposte
digest-at-risk-note = Una coppia è “a rischio” quando non si incontra da { $days } giorni e non ha incontri in programma.

# Il grafico
digest-chart-sessions = Sessioni svolte per settimana
digest-chart-status = Coppie per stato
digest-chart-caption = 📊 Sessioni svolte per settimana (ultime { $weeks } settimane) e coppie per stato.
digest-status-waiting = Non avviata
digest-status-active = Attiva
digest-status-at_risk = A rischio
digest-status-paused = In pausa
digest-status-closed = Conclusa

# L'esportazione (nomi dei fogli: al massimo 31 caratteri)
digest-export-caption = I tuoi programmi al { $date }: coppie, incontri e sessioni del diario (solo date e numeri – nessun testo del diario).
digest-export-empty = Non hai ancora programmi da esportare.
digest-export-file = programmi-{ $date }.xlsx
digest-sheet-pairs = Coppie
digest-sheet-meetings = Incontri
digest-sheet-diary = Sessioni del diario
digest-column-programme = Programma
digest-column-pair = Coppia n.
digest-column-mentor = Mentor
digest-column-mentee = Mentee
digest-column-minor = Mentee minorenne
digest-column-mentor_minor = Mentor minorenne
digest-column-stage = Fase
digest-column-status = Stato
digest-column-started = Inizio
digest-column-ended = Fine
digest-column-sessions = Sessioni svolte
digest-column-hours = Ore nel diario
digest-column-last = Ultima sessione
digest-column-date = Data
digest-column-time = Ora
digest-column-minutes = Minuti
digest-column-mode = Modalità
digest-column-meeting-status = Svolto?
digest-column-session = Sessione n.
digest-column-activity = Attività del piano
digest-cell-yes = sì
digest-cell-no = no
digest-mode-in_person = in presenza
digest-mode-online = online
digest-mode-hybrid = ibrida
digest-mode-other = altro
digest-meeting-scheduled = programmato
digest-meeting-held = svolto
digest-meeting-not_held = non svolto
digest-meeting-cancelled = annullato
digest-meeting-moved = spostato

# La scala dell'allontanamento (scheduler/drift.py): una coppia che non si incontra da un po'.
drift-your-pair = la tua coppia
drift-nudge-mentee = 👋 Ciao! Sono passati { $days } giorni dall'ultima volta che tu e { $other } vi siete incontrati. Che ne dici di pianificare il prossimo incontro? Invia /meeting per scegliere un orario insieme.
drift-nudge-mentor = 👋 Sono passati { $days } giorni dall'ultima volta che tu e { $other } vi siete incontrati. Un breve contatto aiuta a mantenere il ritmo – invia /meeting per pianificare il prossimo.
drift-nudge-direct =
    <b>È ora di contattare { $other }</b>
    Non vi incontrate da { $days } giorni. Contatta questa persona e pianificate il prossimo incontro (/meeting). Se c'è qualche ostacolo, il tuo coordinatore può aiutarti.

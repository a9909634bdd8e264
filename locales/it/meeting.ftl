# Incontri: pianificare, modificare, "Non posso esserci", promemoria e la scheda del mentor "si è svolto?".
btn-meeting = 📅 Incontri

meeting-home = <b>Incontri · { $programme } con { $other }</b>
meeting-home-none = Non c'è ancora nessun incontro in programma.
meeting-home-reminders =
    🔔 { $reminders }
    Gli orari sono nel tuo fuso orario ({ $zone }).
meeting-item = 📅 { $date } · { $time }
btn-meeting-new = ➕ Pianifica un incontro
btn-meeting-reminders = 🔔 Promemoria
meeting-which-pair = Per quale delle tue coppie è questo incontro?

meeting-day = <b>Quale giorno?</b>
meeting-day-past = Quel giorno è passato. Scegli oggi o un giorno successivo.
meeting-day-outside = Scegli un giorno dal { $earliest } al { $latest }: il programma va dal { $start } al { $end }.
meeting-day-over = Questo programma si è concluso il { $end }, quindi non si possono più pianificare incontri.
meeting-time =
    <b>A che ora il { $date }?</b>
    Tocca un orario, oppure inviane uno come 16:45. Gli orari sono nel tuo fuso orario ({ $zone }).
meeting-time-invalid = Invia un orario come 16:45 (ore 0–23, minuti 0–59).
meeting-time-past = Quell'ora è passata. Scegli un orario successivo.
meeting-time-skipped = Quella notte gli orologi vanno avanti di un'ora, quindi le { $time } non esistono quel giorno. Scegli un altro orario.
meeting-duration = <b>Quanto durerà l'incontro?</b>
meeting-minutes = { $minutes } min
meeting-mode = <b>Come vi incontrerete?</b>
meeting-mode-in_person = In presenza
meeting-mode-online = Online
meeting-mode-hybrid = Ibrido
meeting-mode-other = Altro
meeting-place = { $mode ->
    [online] <b>Qual è il link della chiamata?</b>
   *[other] <b>Dove vi incontrerete?</b> Un'aula, un indirizzo o il link della chiamata.
    }
    Invialo in un solo messaggio, fino a { $limit } caratteri.
btn-meeting-keep-place = ✔ Mantieni questo luogo
btn-meeting-no-place = Nessun luogo o link

meeting-details =
    📅 <b>{ $date }, { $time }</b> · { $minutes } min
    Con { $other } · { $mode }{ $place }
meeting-place-line = {"\u000A"}📍 { $place }
meeting-gone = Questo incontro è già iniziato, oppure non è più in programma.
meeting-not-open = {"\u000A"}È già iniziato, oppure non è più in programma, quindi non si può modificare.
btn-meeting-reschedule = 🕒 Cambia giorno o orario
btn-meeting-duration = ⏱ Cambia la durata
btn-meeting-mode = 🔀 Cambia modalità
btn-meeting-place = 📍 Cambia il luogo
btn-meeting-ics = 📲 Aggiungi al calendario
btn-meeting-cant = 🙅 Non posso esserci
btn-meeting-cancel = 🗑 Annulla l'incontro
meeting-ics-summary = Incontro di mentoring con { $other }
meeting-ics-caption = Apri questo file per aggiungere l'incontro al calendario del tuo telefono.

meeting-cant-ask = <b>Non puoi esserci?</b> { $other } verrà avvisato subito e l'incontro sarà annullato.
meeting-cant-rule = La vostra coppia ha deciso cosa fare: “{ $rule }”
meeting-cant-no-rule = La vostra coppia non ha ancora deciso “{ $question }” – è una buona regola di base da stabilire insieme.
btn-meeting-tell = ✔ Avvisa il mio { $other_role }
meeting-cant-told = <b>{ $other } è stato avvisato.</b> Vuoi scegliere subito un altro orario?
btn-meeting-again = 📅 Scegli un altro orario
btn-meeting-list = ‹ Incontri

meeting-cancel-ask = <b>Annullare questo incontro?</b> { $other } verrà avvisato.
btn-meeting-cancel-yes = Sì, annullalo
meeting-cancelled = L'incontro è stato annullato.

meeting-reminders =
    <b>Promemoria prima di ogni incontro</b>
    Ora: { $current }.
meeting-reminders-before = { $offsets } prima
meeting-reminders-none = nessun promemoria
meeting-before-hours = { $hours } h
meeting-before-minutes = { $minutes } min
meeting-reminders-saved = Salvato.

meeting-menu-next = 📅 Prossimo incontro: { $date }, { $time }
meeting-menu-none = 📅 Nessun incontro in programma – pianificane uno in Incontri.

# Inviati dallo scheduler (la coda di uscita), nella lingua e nel fuso orario del destinatario.
meeting-reminder =
    ⏰ <b>Promemoria: incontro con { $other }</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
btn-meeting-open = 📅 Apri
meeting-card =
    <b>Il tuo incontro con { $other } si è svolto?</b>
    { $date }, { $time } · { $minutes } min · { $mode }
btn-meeting-held = ✔ Sì, ci siamo incontrati
btn-meeting-not-held = ✖ No, non si è svolto
btn-meeting-moved = 🔁 È stato spostato
meeting-outcome-held = Annotato. Ora la voce del diario per questo incontro.
meeting-outcome-not_held = Annotato: non si è svolto.
meeting-outcome-moved = Annotato. Ora scegli il nuovo orario.
meeting-outcome-early = L'incontro non è ancora finito.
meeting-outcome-known-held = Hai già annotato che questo incontro si è svolto.
meeting-outcome-known-not_held = Hai già annotato che questo incontro non si è svolto.
meeting-outcome-known-moved = Hai già annotato che questo incontro è stato spostato.
meeting-outcome-known-cancelled = Questo incontro è stato annullato.
meeting-news-scheduled =
    📅 <b>{ $other } ha pianificato un incontro con te</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-changed =
    📅 <b>{ $other } ha modificato il vostro incontro</b>
    Ora: { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-cancelled =
    🗑 <b>{ $other } ha annullato l'incontro</b> del { $date }, { $time }.
meeting-news-cant =
    🙅 <b>{ $other } non può esserci</b> all'incontro del { $date }, { $time }, quindi è annullato.
    Scegliete insieme un altro orario.

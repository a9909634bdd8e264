# Segnalare una preoccupazione (seed 003, sicurezza online) e la parte dei coordinatori.
btn-concern = 🆘 Segnala un problema
concern-intro =
    <b>Segnala un problema</b>
    C'è qualcosa che ti preoccupa – bullismo online, qualcosa che ti ha fatto sentire in pericolo, un problema con la tua coppia o con qualcun altro?
    Scrivi che cosa è successo in un solo messaggio. Lo leggeranno solo i coordinatori di { $org } – non il tuo { $other_role }.

    <b>In tutta sincerità:</b> lo teniamo il più riservato possibile, ma se qualcuno può essere in pericolo, verranno informati gli adulti responsabili della sicurezza. Non promettiamo mai di tenerlo segreto.

    <b>Sei in pericolo in questo momento?</b> Chiama il { $emergency }. Se vuoi parlare con qualcuno, chiama la linea di ascolto per bambini e ragazzi { $helpline } (gratuita, a qualsiasi ora).
concern-which-pair = Di quale delle tue coppie si tratta?
concern-too-long = Sono { $length } caratteri; per favore resta sotto i { $limit } (puoi inviare una seconda segnalazione per il resto).
concern-confirm =
    <b>Inviare questo ai coordinatori?</b>
    “{ $text }”
btn-concern-send = ✔ Invia
btn-concern-edit = ✏️ Riscrivilo
btn-concern-mine = Le mie segnalazioni
concern-sent =
    <b>Inviato. Grazie per avercelo detto.</b>
    I coordinatori di { $org } sono stati avvisati ora. Riceverai un messaggio qui quando uno di loro l'avrà letta; possono scriverti tramite il bot, e puoi aggiungere altro alla tua segnalazione in “Le mie segnalazioni”. Nessun altro la vede.
    Sei in pericolo in questo momento? Chiama il { $emergency }. Linea di ascolto per bambini e ragazzi: { $helpline }.
concern-kept =
    <b>La tua segnalazione è conservata. Grazie per avercelo detto.</b>
    Nessuno è stato ancora avvisato: { $org } non ha ora un coordinatore che il bot possa raggiungere. Il primo coordinatore che si unisce o apre il bot riceverà subito la tua segnalazione. Nessun altro la vede.
    Parlane anche con un insegnante o un altro adulto di cui ti fidi.
    Sei in pericolo adesso? Chiama il { $emergency }. Telefono per i ragazzi: { $helpline }.
concern-mine-title = <b>Le tue segnalazioni</b>
concern-mine-empty = Non hai segnalato niente.
concern-mine-item = { $date } · { $status }
concern-status-new = inviata, non ancora letta
concern-status-read = letta da un coordinatore
concern-status-in_progress = un coordinatore se ne occupa
concern-status-closed = chiusa da un coordinatore
concern-case =
    <b>La tua segnalazione del { $date }</b>
    { $status }

    “{ $text }”
concern-case-thread = {""}
    <b>Messaggi</b>
    { $thread }
concern-case-closed = {""}
    Questa segnalazione è chiusa. Se è successo qualcosa di nuovo, segnalalo di nuovo con /concern.
btn-concern-add = ✏️ Aggiungi alla segnalazione
concern-add-prompt =
    <b>Aggiungi alla tua segnalazione</b>
    Scrivi in un solo messaggio che cosa vuoi far sapere ai coordinatori. Lo leggeranno solo loro.
concern-added =
    <b>Aggiunto. I coordinatori sono stati avvisati.</b>
    Riceverai un messaggio qui quando uno di loro risponderà.
concern-added-kept =
    <b>Aggiunto e conservato.</b>
    In questo momento il bot non riesce a raggiungere nessun coordinatore; il primo che apre il bot lo vedrà. Parlane anche con un insegnante o un altro adulto di cui ti fidi.
    Sei in pericolo in questo momento? Chiama il { $emergency }. Linea di ascolto per bambini e ragazzi: { $helpline }.
concern-closed-meanwhile = Questa segnalazione è appena stata chiusa, quindi non è stato aggiunto niente. Se è successo qualcosa di nuovo, segnalalo di nuovo con /concern.
btn-concern-to-report = La mia segnalazione
btn-concern-open-mine = Apri la mia segnalazione
concern-news-read = 👁 Un coordinatore ha letto la tua segnalazione.
concern-news-in_progress = 🔧 Un coordinatore si sta occupando della tua segnalazione.
concern-news-reply = 💬 Un coordinatore ti ha scritto sulla tua segnalazione. Aprila per leggere il messaggio e rispondere.
concern-news-closed = ✔ Un coordinatore ha chiuso la tua segnalazione. Se succede qualcosa di nuovo, puoi sempre segnalarlo di nuovo.
thread-you = Tu
thread-coordinator = Coordinatore
thread-reply = { $at } – { $who }: { $text }
thread-answer = { $at } – { $who }: { $text }

concern-alert =
    🆘 <b>È stato segnalato un problema</b> da un { $role } in { $programme }.
    Leggilo subito, per favore.
concern-alert-open = Leggi la segnalazione
concern-reminder =
    ⏰ <b>Promemoria: una segnalazione non è ancora stata letta.</b>
    Inviata { $age } fa da un { $role } in { $programme }. Nessuno l'ha ancora aperta: leggila subito, per favore.
concern-stale =
    ⏰ <b>Un caso di segnalazione è senza novità da { $age }.</b>
    È in corso in { $programme } e da allora non ci sono state note, messaggi o modifiche. Aggiungi una nota, scrivi a chi ha segnalato o chiudi il caso.
concern-answer-alert =
    💬 <b>Chi ha segnalato ha aggiunto qualcosa a una segnalazione</b> in { $programme }.
    Leggila, per favore.
btn-concerns = 🆘 Segnalazioni ({ $open ->
    [one] { $open } aperta
   *[other] { $open } aperte
})
concerns-title = <b>Segnalazioni</b>
concerns-filtered = Programma: { $programme }
concerns-legend = 🆘 { case-state-new } · 👁 { case-state-read } · 🔧 { case-state-in_progress } · ✔ { case-state-closed }
concerns-empty = Non è stata fatta nessuna segnalazione.
concerns-item = { $mark } { $when } { $state }
btn-concerns-filter = 🔎 Programma…
concerns-filter-title = <b>Di quale programma mostrare le segnalazioni?</b>
btn-concerns-all = Tutti i programmi
case-state-new = non letta
case-state-read = letta
case-state-in_progress = in corso
case-state-closed = chiusa
case-age-minutes = { $n } min
case-age-hours = { $n } h
case-age-days = { $n ->
        [one] { $n } giorno
       *[other] { $n } giorni
    }
concerns-card =
    <b>Segnalazione del { $date }</b> · { $status }
    Da: { $reporter } ({ $role }), { $programme }{ $paused }

    { $text }
concerns-closed-block = {""}

    <b>Chiusa:</b> { $outcome }
    { $note }
concerns-paused = {""}
    La coppia è in pausa: non riceve messaggi programmati.
btn-case-take = ▶ Me ne occupo io
btn-case-reply = 💬 Scrivi a chi ha segnalato
btn-case-note = 📝 Nota interna
btn-case-trail = 📜 Storico del caso
btn-case-close = ✔ Chiudi il caso
btn-case-reopen = ↩ Riapri il caso
btn-pair-pause = ⏸ Metti in pausa la coppia
btn-pair-resume = ▶ Riattiva la coppia
concerns-unknown-reporter = una persona che ha lasciato il programma
concerns-note-prompt =
    <b>Nota interna</b>
    Le note le vedono solo i coordinatori dell'organizzazione e il referente per la tutela dei minori – mai chi ha segnalato né la coppia. Massimo { $limit } caratteri.
concerns-reply-prompt =
    <b>Scrivi a chi ha segnalato</b>
    Lo leggerà nel bot, come messaggio di “un coordinatore”, e potrà rispondere. Non condividere qui numeri di telefono o nomi utente. Massimo { $limit } caratteri.
concerns-outcome-prompt = <b>Chiudi il caso.</b> Qual è stato l'esito?
case-outcome-resolved_in_school = Risolto a scuola
case-outcome-referred = Inviato ai servizi esterni
case-outcome-no_further_action = Nessuna ulteriore azione
case-outcome-other = Altro
concerns-closing-prompt =
    <b>Chiusura: { $outcome }</b>
    Scrivi una breve nota di chiusura per i coordinatori (massimo { $limit } caratteri). A chi ha segnalato viene detto solo che il caso è chiuso.
concerns-note-saved = 📝 Nota salvata nel caso.
concerns-reply-queued = 💬 Il tuo messaggio sta arrivando a chi ha segnalato. Ti avviseremo qui quando risponderà.
concerns-reply-kept = Il tuo messaggio è salvato nel caso, ma il bot non riesce a raggiungere chi ha segnalato (ha lasciato il programma o ha bloccato il bot).
concerns-closed-done = ✔ Il caso è chiuso. A chi ha segnalato viene comunicato che è chiuso (se il bot riesce a raggiungerlo).
concerns-closed-meanwhile = Un altro coordinatore ha appena chiuso questo caso, quindi non è stato salvato niente. Se serve altro lavoro, prima riaprilo.
concerns-trail-title = <b>Storico del caso</b>
trail-reported = { $at } – segnalazione inviata
trail-read = { $at } – { $who }: ha letto la segnalazione
trail-in_progress = { $at } – { $who }: ha preso in carico il caso
trail-note = { $at } – { $who }, nota: { $text }
trail-reply = { $at } – { $who } a chi ha segnalato: { $text }
trail-answer = { $at } – { $who }: { $text }
trail-closed = { $at } – { $who }: ha chiuso il caso. { $text }
trail-reopened = { $at } – { $who }: ha riaperto il caso
trail-paused = { $at } – { $who }: ha messo in pausa la coppia
trail-resumed = { $at } – { $who }: ha riattivato la coppia
trail-reporter = chi ha segnalato
trail-someone = una persona che ha lasciato il programma
trail-earlier = ({ $n ->
        [one] { $n } voce precedente non è mostrata
       *[other] { $n } voci precedenti non sono mostrate
    })

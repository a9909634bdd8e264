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
    I coordinatori di { $org } sono stati avvisati ora. Uno di loro lo leggerà e potrebbe contattare te, o le persone che possono aiutarti. Nessun altro vede la tua segnalazione.
    Sei in pericolo in questo momento? Chiama il { $emergency }. Linea di ascolto per bambini e ragazzi: { $helpline }.
concern-kept =
    <b>La tua segnalazione è conservata. Grazie per avercelo detto.</b>
    Nessuno è stato ancora avvisato: { $org } non ha ora un coordinatore che il bot possa raggiungere. Il primo coordinatore che si unisce o apre il bot riceverà subito la tua segnalazione. Nessun altro la vede.
    Parlane anche con un insegnante o un altro adulto di cui ti fidi.
    Sei in pericolo adesso? Chiama il { $emergency }. Telefono per i ragazzi: { $helpline }.
concern-mine-title = <b>Le tue segnalazioni</b>
concern-mine-empty = Non hai segnalato niente.
concern-mine-line = • { $date }: { $status }
concern-status-open = in attesa di un coordinatore
concern-status-handled = gestita da un coordinatore

concern-alert =
    🆘 <b>È stato segnalato un problema</b> da un { $role } in { $programme }.
    Leggilo subito, per favore.
concern-alert-open = Leggi la segnalazione
btn-concerns = 🆘 Segnalazioni ({ $open ->
    [one] { $open } aperta
   *[other] { $open } aperte
})
concerns-title = <b>Segnalazioni</b>
concerns-legend = 🆘 { concern-status-open } · ✔ { concern-status-handled }
concerns-empty = Non è stata fatta nessuna segnalazione.
concerns-item = { $open ->
        [yes] 🆘
       *[no] ✔
    } { $date } · { $programme }
concerns-card =
    <b>Segnalazione del { $date }</b>
    Da: { $reporter } ({ $role }), { $programme }
    Stato: { $status }{ $paused }

    { $text }
concerns-paused = {""}
    La coppia è in pausa: non riceve messaggi programmati.
btn-concern-handled = ✔ Segna come gestita
btn-pair-pause = ⏸ Metti in pausa la coppia
btn-pair-resume = ▶ Riattiva la coppia
concerns-unknown-reporter = una persona che ha lasciato il programma

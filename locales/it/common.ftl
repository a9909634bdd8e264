# Parole comuni e il nome della lingua nella lingua stessa (i comandi sono in commands.ftl).
language-name = Italiano

btn-back = ‹ Indietro
btn-cancel = ✖ Annulla
btn-menu = ☰ Menu
btn-confirm = ✔ Conferma
btn-yes = Sì
btn-no = No

help-text =
    <b>Che cosa fa questo bot</b>
    È il quaderno condiviso di un programma di mentoring: gli incontri, il diario e le riflessioni di ogni coppia.

    /menu – il tuo menu principale
    /mydata – vedi, scarica o cancella i tuoi dati
    /language – cambia la lingua
    /cancel – interrompi quello che stai facendo e torna indietro
    /help – questo messaggio

    Per entrare in un programma, apri il link di invito che ti ha dato il tuo coordinatore.
help-text-student-mentee =
    <b>Che cosa fa questo bot</b>
    È il quaderno che condividi con il tuo mentor: i vostri incontri, il diario, gli obiettivi e le riflessioni.

    /menu – il tuo menu principale
    /questionnaire – il tuo questionario, prima e dopo
    /diary – il diario degli incontri della tua coppia
    /reflect – domande di riflessione per il punto in cui sei ora
    /goals – obiettivi e piano
    /meeting – pianifica il prossimo incontro; i promemoria arrivano prima
    /tips – consigli per stare al sicuro online
    /concern – segnala ai coordinatori qualcosa che ti preoccupa
    /mydata – vedi, scarica o cancella i tuoi dati
    /language – cambia la lingua
    /cancel – interrompi quello che stai facendo e torna indietro
    /help – questo messaggio
help-text-student-mentor =
    <b>Che cosa fa questo bot</b>
    È il quaderno che condividi con lo studente o la studentessa di cui sei mentor: i vostri incontri, il diario, gli obiettivi e le riflessioni.

    /menu – il tuo menu principale
    /questionnaire – il tuo questionario, prima e dopo
    /diary – il diario degli incontri della tua coppia
    /reflect – domande di riflessione per il punto in cui sei ora
    /goals – obiettivi e piano
    /meeting – pianifica il prossimo incontro; i promemoria arrivano prima
    /tips – consigli per stare al sicuro online
    /concern – segnala ai coordinatori qualcosa che ti preoccupa
    /mydata – vedi, scarica o cancella i tuoi dati
    /language – cambia la lingua
    /cancel – interrompi quello che stai facendo e torna indietro
    /help – questo messaggio
help-text-teacher =
    <b>Che cosa fa questo bot</b>
    È il quaderno che condividi con il tuo partner di mentoring: i vostri incontri, il diario degli incontri, gli obiettivi e il piano, e le riflessioni.

    /menu – il tuo menu principale
    /questionnaire – il tuo questionario, prima e dopo
    /diary – il diario degli incontri della tua coppia
    /reflect – domande di riflessione per il punto in cui sei ora
    /goals – obiettivi e piano
    /meeting – pianifica il prossimo incontro; i promemoria arrivano prima
    /tips – consigli per stare al sicuro online
    /concern – segnala ai coordinatori qualcosa che ti preoccupa
    /mydata – vedi, scarica o cancella i tuoi dati
    /language – cambia la lingua
    /cancel – interrompi quello che stai facendo e torna indietro
    /help – questo messaggio
help-text-coordinator =
    <b>Che cosa fa questo bot</b>
    Ti aiuta a gestire i tuoi programmi di mentoring: programmi, coppie e i loro link di invito, il riepilogo settimanale e le segnalazioni.

    /menu – il tuo menu principale: programmi, nuove coppie, segnalazioni
    /digest – il riepilogo settimanale dei tuoi programmi
    /export – un foglio di calcolo dei tuoi programmi
    /mydata – vedi, scarica o cancella i tuoi dati
    /language – cambia la lingua
    /cancel – interrompi quello che stai facendo e torna indietro
    /help – questo messaggio
help-coordinator-also =
    <b>Come coordinatore</b>
    /digest – il riepilogo settimanale dei tuoi programmi
    /export – un foglio di calcolo dei tuoi programmi

hint-free-text = Non ho capito. Usa i pulsanti del menu, oppure invia /menu. Invia /help per vedere che cosa so fare.
hint-unknown-command = Non conosco il comando { $command }. Invia /help per vedere i comandi.
hint-no-programme = Non fai ancora parte di un programma. Apri il link di invito che ti ha dato il tuo coordinatore, oppure chiedigliene uno.
cancelled = Interrotto. Non è stato modificato nient'altro. Invia /menu per continuare.
not-available = Questa funzione non è disponibile per te.
stale-button = Il bot è stato riavviato, quindi quel pulsante non funziona più. Ecco di nuovo il tuo menu.
error-generic = Scusa, qualcosa è andato storto da parte nostra: quello che hai appena fatto non è stato salvato e non è stato inviato nulla. Riprova tra un momento.
error-after-saved = Scusa, qualcosa è andato storto da parte nostra mentre ti rispondevamo. Quello che hai fatto è stato salvato; invia /menu per continuare.
only-text = Invialo come messaggio di testo, per favore.
text-too-long = Sono { $length } caratteri; per favore resta sotto i { $limit }.
text-empty = Scrivi almeno una lettera, per favore.

# A PDF (my data, the Learning Statement, the certificate) with a character no font could print.
pdf-unshown = Alcuni caratteri non si sono potuti stampare in questo documento; ciascuno è indicato con { $mark }.

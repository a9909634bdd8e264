# I miei dati (/mydata): vedere, scaricare e cancellare ciò che il bot conserva su di te.
btn-mydata = 🗂 I miei dati
mydata-title =
    <b>I tuoi dati</b>
    Il bot conserva il tuo nome ({ $name }), il numero del tuo account Telegram, la tua lingua e:
    • questionari: { $questionnaires }
    • le tue parti delle voci del diario: { $diary }
    • riflessioni: { $reflections }
    • obiettivi: { $goals }
    • segnalazioni di un problema: { $concerns }
    Puoi scaricare tutto, oppure cancellarlo.
btn-mydata-download = ⬇ Scarica i miei dati
btn-mydata-erase = 🗑 Cancella i miei dati
mydata-erase-confirm =
    <b>Cancellare i tuoi dati?</b>
    Tutto ciò che il bot conserva su di te viene eliminato per sempre: il tuo nome e il numero del tuo account Telegram, i tuoi ruoli nei programmi e nelle coppie, le tue risposte ai questionari, le tue parti del diario, le tue riflessioni e i tuoi obiettivi, il punto in cui eri in una conversazione non finita e i messaggi in attesa di esserti inviati. Lasci i tuoi programmi: per tornare ti servirà un nuovo link di invito dal tuo coordinatore.
    Cosa resta: l'altra persona della coppia conserva le proprie parti del diario. Le tue segnalazioni di un problema (il testo e la data) restano ai coordinatori, senza il tuo nome, perché potrebbero servire a proteggere qualcuno.
btn-mydata-erase-yes = Sì, cancellalo
mydata-erased = Fatto: i tuoi dati sono stati cancellati. Restano ai coordinatori solo le tue segnalazioni di un problema, senza il tuo nome. Per usare di nuovo il bot, chiedi al tuo coordinatore un nuovo link di invito.
mydata-file-caption = Tutti i dati che il bot conserva su di te ({ $date }).
mydata-pdf-title = I miei appunti di mentoring
mydata-pdf-subtitle = { $name } · { $date }
mydata-pdf-diary = Diario – sessione { $number } ({ $date })
mydata-pdf-reflections = Riflessioni
mydata-pdf-empty = (niente di scritto)
mydata-field-objectives = 1. Obiettivi della sessione
mydata-field-topics = 2. Argomenti e attività
mydata-field-reflection = 3. Riflessione del mentee
mydata-field-notes = 4. Note del mentor
retention-warning =
    🗂 <b>{ $programme }</b> è terminato. Per proteggere la tua privacy, quello che vi hai scritto verrà eliminato il { $date }.
    Se vuoi conservarne una copia, invia /mydata e tocca “Scarica i miei dati” prima di quella data.

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
    Puoi scaricare tutto, oppure cancellare quello che hai scritto.
btn-mydata-download = ⬇ Scarica i miei dati
btn-mydata-erase = 🗑 Cancella ciò che ho scritto
mydata-erase-confirm =
    <b>Cancellare quello che hai scritto?</b>
    Le tue risposte ai questionari, le tue parti del diario, le tue riflessioni e i tuoi obiettivi, e il punto in cui eri in una conversazione non finita verranno eliminati per sempre. I messaggi in attesa di esserti inviati vengono annullati e il tuo consenso all'informativa sulla privacy viene ritirato.
    L'altra persona della coppia conserva le proprie parti. Le segnalazioni di un problema restano ai coordinatori, perché potrebbero servire a proteggere qualcuno.
btn-mydata-erase-yes = Sì, cancellalo
mydata-erased = Fatto: quello che hai scritto è stato cancellato. Invia /start se vuoi usare di nuovo il bot.
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

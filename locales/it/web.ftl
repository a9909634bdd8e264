# La pagina del canale web (issue #24): le sue poche parole attorno ai messaggi del bot.
web-title = Mentoring
web-join-intro =
    Hai ricevuto un invito a un programma di mentoring.
    Questa pagina è la tua chat con l'assistente di mentoring. Tocca il pulsante per iniziare; su questo telefono l'accesso resterà attivo.
web-join-button = Inizia
web-join-too-many = Da qui sono stati provati troppi link. Aspetta qualche minuto e riprova.
web-guest-name = Ospite
web-join-refused = Questo link non funziona. Chiedine uno nuovo al tuo coordinatore.
web-not-found = Qui non c'è niente. Apri il link che ti ha dato il tuo coordinatore.
web-error = Qualcosa è andato storto da parte nostra. Riprova tra un momento.
web-signed-out = Su questo dispositivo la tua sessione è chiusa. Per tornare, apri il link di invito che ti dà il tuo coordinatore.
web-chat = Chat con l'assistente di mentoring
web-message = Messaggio
web-send = Invia
web-commands = Comandi
web-ok = OK
web-busy = in preparazione…
web-sign-out = Esci da questo dispositivo
web-offline = Offline – riconnessione in corso…
web-no-answer = Non è arrivata nessuna risposta. Riprova.

# Le schermate del coordinatore: programmi, nuovo programma, nuova coppia con link di invito.
programmes-title = <b>I tuoi programmi</b>
programmes-empty = Non hai ancora programmi. Creane uno con “Nuovo programma”.
programme-kind-teacher = Mentoring tra docenti
programme-kind-student = Peer mentoring tra studenti
programme-card =
    <b>{ $name }</b>
    { $kind } · { $start } – { $end } · { $timezone }
    Coppie: { $pairs }
programme-pair-line = • { $mentor } → { $mentee } · { $stage }
programme-pair-waiting = (in attesa di { $who })

new-programme-org = Per quale organizzazione è il programma?
new-programme-name = <b>Nuovo programma</b>
    Come si chiama? (per esempio “Didattica inclusiva 2026/27”)
new-programme-name-taken = Esiste già un programma chiamato “{ $name }”. Scegli un altro nome.
new-programme-kind = Che tipo di programma è “{ $name }”?
new-programme-start = Quando inizia? Scegli la data.
new-programme-end = Quando finisce? Scegli la data (dal { $start } in poi).
new-programme-end-before-start = La fine deve essere uguale o successiva all'inizio ({ $start }). Scegli un'altra data.
new-programme-timezone = In quale fuso orario vivono i partecipanti? Scegline uno, oppure scrivi un nome come Europe/Vienna.
new-programme-timezone-unknown = Non conosco il fuso orario “{ $value }”. Scrivi un nome come Europe/Vienna, oppure scegline uno.
new-programme-confirm =
    <b>Creare questo programma?</b>
    { $name }
    { $kind } · { $start } – { $end } · { $timezone }
new-programme-done = Il programma “{ $name }” è pronto. Ora aggiungi le coppie con “Nuova coppia”.

new-pair-programme = <b>Nuova coppia</b>
    Per quale programma?
new-pair-no-programmes = Crea prima un programma.
new-pair-mentor = Chi è il mentor? Scegli qualcuno che fa già da mentor in questo programma, oppure aggiungi un nuovo mentor.
btn-new-mentor = ➕ Nuovo mentor
new-pair-mentor-name = Scrivi il nome del mentor come lo vedrà la coppia (basta il nome di battesimo).
new-pair-mentee-name = Scrivi il nome del mentee come lo vedrà la coppia (basta il nome di battesimo).
new-pair-minor = { $mentee } è minorenne?
new-pair-consent =
    { $mentee } è minorenne. La scuola ha raccolto il consenso alla partecipazione di un genitore o tutore?
    (Il link di invito viene creato solo dopo.)
new-pair-consent-needed = Raccogli prima il consenso dei genitori, poi torna ad aggiungere { $mentee }. Non è stato creato nulla.
new-pair-mentor-minor = Il mentor, { $mentor }, è minorenne?
new-pair-mentor-consent =
    Il mentor, { $mentor }, è minorenne. La scuola ha raccolto il consenso di un genitore o tutore alla sua partecipazione come mentor?
    (Il link di invito viene creato solo dopo.)
new-pair-mentor-consent-needed = Raccogli prima il consenso dei genitori di { $mentor }, poi torna ad aggiungere questa coppia. Non è stato creato nulla.
new-pair-confirm =
    <b>Creare questa coppia?</b>
    Programma: { $programme }
    Mentor: { $mentor }{ $mentor_minor }
    Mentee: { $mentee }{ $minor }
new-pair-minor-note = (minorenne, consenso dei genitori raccolto)
new-pair-channel = Il mentee partecipa: { $channel }
new-pair-channel-telegram = su Telegram
new-pair-channel-web = da un browser web (per chi non può usare Telegram, ad es. sotto i 16 anni)
btn-new-pair-channel = 🔁 Telegram o browser web
new-pair-done =
    <b>Coppia creata.</b> Dai a ciascuno il proprio link (o il codice QR stampato). Ogni link funziona una sola volta, fino al { $expires }.
new-pair-link = { $role } { $name }: { $link }
new-pair-qr-caption = Invito per { $name } ({ $role }). Funziona una sola volta, fino al { $expires }.

# La scheda di una coppia: la fase, la storia delle fasi e il passaggio di fase.
programme-pair-button = { $mentor } → { $mentee }
programme-pair-card =
    <b>{ $mentor } → { $mentee }</b> · { $programme }
    Mentor: { $mentor } – { $mentor_joined }
    Mentee: { $mentee } – { $mentee_joined }
programme-pair-joined = ha aderito
programme-pair-not-joined = non ha ancora aderito
programme-pair-rules-agreed = Regole di base: concordate da entrambi il { $date }
programme-pair-rules-open = Regole di base: non ancora concordate
programme-pair-mentor-agreement-accepted = Accordo del mentor: accettato il { $date }
programme-pair-mentor-agreement-open = Accordo del mentor: non ancora accettato
programme-pair-history = <b>Storia delle fasi</b>
programme-pair-created = • { $date }: coppia creata
programme-pair-step = • { $date }: { $source } → { $target } ({ $by })
programme-pair-step-automatic = automaticamente
programme-pair-step-ready = automaticamente: entrambi hanno accettato le regole di base
programme-pair-move-to = Passa a { $stage }
programme-pair-move-confirm =
    <b>Spostare { $mentor } → { $mentee } da { $current } a { $target }?</b>
    Entrambi vedranno la nuova fase nel loro menu.
programme-pair-moved = Coppia spostata a { $stage }.

# I coordinatori di un'organizzazione: chi sono, come toglierne uno; cosa viene detto agli altri.
btn-coordinators = 👤 Coordinatori
coordinators-title =
    <b>Coordinatori</b>
    Vedono i programmi, le coppie e le segnalazioni della loro organizzazione. Togli chi non dovrebbe: perde l'accesso subito.
coordinators-org = <b>{ $org }</b>
coordinators-line = • { $name } · dal { $date }
coordinators-line-you = • { $name } (tu) · dal { $date }
coordinators-you-name = { $name } (tu)
coordinators-lead-tag = {" "}· 🛡 referente per la tutela dei minori
btn-coordinators-leads = 🛡 Referente per la tutela dei minori…
coordinators-leads-title =
    <b>Referente per la tutela dei minori</b>
    Il referente per la tutela dei minori di un'organizzazione riceve ogni segnalazione e ogni promemoria per una segnalazione non letta o ferma, e ne vede tutto ciò che vede un coordinatore. Tocca un nome per renderlo referente, o per togliergli il ruolo.
coordinators-lead-on = ✅ 🛡 { $name }
coordinators-lead-off = ⬜ { $name }
coordinators-name-in = { $name } · { $org }
coordinators-remove = ✖ { $name }
coordinators-remove-in = ✖ { $name } · { $org }
coordinators-confirm =
    <b>Togliere { $name } dai coordinatori di { $org }?</b>
    Perde subito l'accesso ai programmi, alle coppie e alle segnalazioni dell'organizzazione, e il bot glielo comunica.
coordinators-confirm-you =
    <b>Lasciare il ruolo di coordinatore di { $org }?</b>
    Perdi subito l'accesso ai programmi, alle coppie e alle segnalazioni dell'organizzazione.
coordinators-gone = Questa persona non è più coordinatore qui. Non è cambiato nient'altro.
coordinators-last = { $name } è l'unico coordinatore di { $org }, quindi non può essere tolto. Prima deve entrare un altro coordinatore.
coordinators-removed = { $name } non è più coordinatore di { $org }.
coordinators-removed-you = Non sei più coordinatore di { $org }.
coordinator-removed-notice =
    { $by } ti ha tolto dai coordinatori di { $org }. Non vedi più i suoi programmi, le coppie e le segnalazioni.
    Se è un errore, chiedi un nuovo link di invito a un coordinatore di { $org }.
staff-joined-lead =
    👤 <b>{ $name } ora è coordinatore e referente per la tutela dei minori di { $org }</b> (ha aperto un link di invito da referente per la tutela dei minori).
    Se non sai chi è, toglilo da Menu → Coordinatori.
staff-joined-coordinator =
    👤 <b>{ $name } ora è coordinatore di { $org }</b> (ha aperto un link di invito da coordinatore).
    Se non sai chi è, toglilo da Menu → Coordinatori.

# Entrare con un link di invito: lingua, informativa sulla privacy, benvenuto.
start-unknown-person = Ciao! Questo bot supporta i programmi di mentoring scolastico. Per entrare, apri il link di invito che ti ha dato il tuo coordinatore.
invite-unknown = Questo link di invito non è valido. Controlla di averlo copiato per intero, oppure chiedine uno nuovo al tuo coordinatore.
invite-used = Questo link di invito è già stato usato. Ogni link funziona una sola volta. Se ti serve, chiedine uno nuovo al tuo coordinatore.
invite-expired = Questo link di invito è scaduto. Chiedine uno nuovo al tuo coordinatore.
invite-self-pair = Fai già parte di questa coppia, quindi non puoi entrarci una seconda volta con l'altro link.
invite-already-yours = Hai già usato questo link per entrare. Ecco il tuo menu.
invite-staff-minor = Questo link è per il personale della scuola (un coordinatore), quindi non può essere usato da uno studente minorenne. Non è cambiato nulla. Se ti è arrivato per errore, avvisa la persona che te l'ha mandato.

onboarding-language =
    <b>Benvenuto/a, { $name }!</b>
    Scegli la tua lingua. Potrai cambiarla in seguito con /language.

privacy-notice-student-mentee =
    <b>La tua privacy – leggi con attenzione</b>

    <b>Che cosa conserviamo:</b> il tuo nome come l'ha scritto il tuo coordinatore, il numero del tuo account Telegram, la tua lingua e quello che scrivi in questo bot.
    <b>Chi lo vede:</b> il tuo mentor vede ciò che condividete come coppia – il diario, gli incontri e gli obiettivi – e del tuo questionario solo che hai risposto. I coordinatori del tuo programma vedono solo numeri, date e la fase della vostra coppia – mai il tuo diario o le tue risposte. Se segnali qualcosa che ti preoccupa, i coordinatori lo vedono per poterti aiutare.
    <b>Riservato, ma con dei limiti:</b> se qualcuno potrebbe essere in pericolo, verranno informati gli adulti responsabili della tua sicurezza. Non promettiamo mai di tenerlo segreto.
    <b>Per quanto tempo:</b> fino alla fine del tuo programma e per un periodo successivo; poi viene cancellato.
    <b>La scelta è tua:</b> puoi ritirare il tuo consenso in qualsiasi momento da Menu → Privacy. È facile come darlo.
    <b>Cancellazione:</b> con /mydata puoi cancellare in qualsiasi momento tutto ciò che il bot conserva su di te. Restano solo le tue segnalazioni di un problema (il testo e la data), ai coordinatori e senza il tuo nome, perché potrebbero servire a proteggere qualcuno.
privacy-notice-student-mentor =
    <b>La tua privacy – leggi con attenzione</b>

    <b>Che cosa conserviamo:</b> il tuo nome come l'ha scritto il tuo coordinatore, il numero del tuo account Telegram, la tua lingua e quello che scrivi in questo bot.
    <b>Chi lo vede:</b> lo studente o la studentessa di cui sei mentor vede ciò che condividete come coppia – il diario, anche le tue note, gli incontri e gli obiettivi. I coordinatori del tuo programma vedono solo numeri, date e la fase della vostra coppia – mai il tuo diario o le tue risposte. Se segnali qualcosa che ti preoccupa, i coordinatori lo vedono per poterti aiutare.
    <b>Riservato, ma con dei limiti:</b> se qualcuno potrebbe essere in pericolo, verranno informati gli adulti responsabili della tua sicurezza. Non promettiamo mai di tenerlo segreto.
    <b>Per quanto tempo:</b> fino alla fine del tuo programma e per un periodo successivo; poi viene cancellato.
    <b>La scelta è tua:</b> puoi ritirare il tuo consenso in qualsiasi momento da Menu → Privacy. È facile come darlo.
    <b>Cancellazione:</b> con /mydata puoi cancellare in qualsiasi momento tutto ciò che il bot conserva su di te. Restano solo le tue segnalazioni di un problema (il testo e la data), ai coordinatori e senza il tuo nome, perché potrebbero servire a proteggere qualcuno.
privacy-notice-teacher =
    <b>La tua privacy – leggi con attenzione</b>

    <b>Che cosa conserviamo:</b> il tuo nome come l'ha scritto il tuo coordinatore, il numero del tuo account Telegram, la tua lingua e quello che scrivi in questo bot.
    <b>Chi lo vede:</b> il tuo partner di mentoring vede ciò che condividete come coppia: il diario degli incontri, gli incontri, gli obiettivi e il piano. I coordinatori del tuo programma vedono solo numeri, date e la fase della vostra coppia – mai il tuo diario o le tue risposte. Se fai una segnalazione, i coordinatori la vedono per poter intervenire.
    <b>Riservato, ma con dei limiti:</b> se un alunno o chiunque altro potrebbe essere in pericolo, si applica la procedura di tutela della tua scuola e i coordinatori verranno informati. Non promettiamo mai di tenerlo segreto.
    <b>Per quanto tempo:</b> fino alla fine del tuo programma e per un periodo successivo; poi viene cancellato.
    <b>La scelta è tua:</b> puoi ritirare il tuo consenso in qualsiasi momento da Menu → Privacy. È facile come darlo.
    <b>Cancellazione:</b> con /mydata puoi cancellare in qualsiasi momento tutto ciò che il bot conserva su di te. Restano solo le tue segnalazioni di un problema (il testo e la data), ai coordinatori e senza il tuo nome, perché potrebbero servire a proteggere qualcuno.
privacy-notice-coordinator =
    <b>La tua privacy – leggi con attenzione</b>

    <b>Che cosa conserviamo:</b> il tuo nome come è stato scritto nel tuo invito, il numero del tuo account Telegram, la tua lingua e quello che fai in questo bot: programmi, coppie, inviti e le tue note sulle segnalazioni.
    <b>Chi lo vede:</b> gli altri coordinatori della tua organizzazione vedono i programmi, le coppie e le segnalazioni di cui ti occupi, e le tue note. Delle coppie vedi solo numeri, date e fasi, e le segnalazioni che le persone fanno – mai i loro diari o le loro risposte.
    <b>Il tuo compito:</b> una segnalazione serve a proteggere qualcuno: gestiscila secondo la procedura di tutela della tua scuola e non condividerla con chi non ne ha bisogno per questo.
    <b>Per quanto tempo:</b> fino alla fine del tuo programma e per un periodo successivo; poi viene cancellato.
    <b>La scelta è tua:</b> puoi ritirare il tuo consenso in qualsiasi momento da Menu → Privacy. È facile come darlo.
    <b>Cancellazione:</b> con /mydata puoi cancellare in qualsiasi momento tutto ciò che il bot conserva su di te. Restano solo le tue segnalazioni di un problema (il testo e la data), ai coordinatori e senza il tuo nome, perché potrebbero servire a proteggere qualcuno.
privacy-question = Sei d'accordo?
privacy-accept = ✔ Accetto
privacy-decline = Non ora
privacy-declined =
    Va bene. Senza il tuo consenso il bot non può conservare i tuoi appunti, quindi resta in silenzio.
    Se cambi idea, invia /start.
privacy-accepted = Grazie! Puoi rileggerla in qualsiasi momento da Menu → Privacy.

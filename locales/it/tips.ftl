# Consigli per la sicurezza online. Seed 003, sezione "E-mentoring (online/virtual peer mentoring)":
# "In terms of online safety, the role of a peer mentor should include:" e otto punti. Ogni punto è
# citato qui sotto, seguito dal suo consiglio per gli studenti (peer mentor e mentee di 14-17 anni: tono amichevole, breve)
# e per i docenti (programmi di mentoring tra docenti). Mantieni numeri e ordine: le persone ricevono i consigli uno
# a settimana in quest'ordine (scheduler/tips.py), e ogni consiglio deve restare fedele al punto da cui nasce.
btn-tips = 🛡 Sicurezza online
tips-title = 🛡 <b>Consiglio per la sicurezza online { $number } di { $total }</b>
btn-tips-previous = « Precedente
btn-tips-next = Successivo »

## 1. "providing learners with someone of their own age to talk to about problems they experience online."
tips-1-student =
    Qualcosa online ti ha turbato o ti è sembrato strano? Non devi affrontarlo da solo. Parlane con il tuo peer mentor (o mentee) – spesso chi ha la tua età capisce al volo.
    Stai ascoltando qualcuno? Lascialo finire, non giudicare e non raccontare in giro quello che ti ha detto.
tips-1-teacher =
    Spesso gli studenti raccontano i problemi online a un coetaneo prima che a un adulto. Incoraggia il sostegno tra pari nelle tue classi e assicurati che ogni studente sappia a quale adulto rivolgersi dopo.

## 2. "reporting incidents of online bullying or other issues to staff members."
tips-2-student =
    Hai visto bullismo o qualcosa di preoccupante online? Non rispondere e non condividerlo. Fai uno screenshot, poi dillo a un insegnante – oppure tocca “Segnala un problema” qui sotto.
    Segnalare non è fare la spia: protegge le persone.
tips-2-teacher =
    Quando uno studente segnala un episodio di cyberbullismo: annota che cosa è successo e quando, conserva le prove (screenshot, link, date) e trasmettile il giorno stesso al membro del personale responsabile. Per qualsiasi cosa riguardi questo programma, usa “Segnala un problema” qui sotto.

## 3. "understanding the issues that exist among their peers in relation to the online world."
tips-3-student =
    Sappi che cosa succede intorno a te online: drammi nelle chat di gruppo, profili falsi, pressioni a mandare foto, truffe, “challenge”. Parla con il tuo mentor di quello che vedi tra i ragazzi della tua età – conoscerlo è il primo passo per affrontarlo.
tips-3-teacher =
    Interessati al mondo online dei tuoi studenti: quali app usano e che cosa va storto lì. Chiediglielo – cinque minuti di conversazione sincera in classe ti dicono più di qualsiasi rapporto.

## 4. "working with and supporting learners who have experienced issues such as online bullying."
tips-4-student =
    Se un amico o il tuo mentee subisce bullismo online: stagli vicino, digli che non è colpa sua, aiutalo a bloccare e segnalare e coinvolgi un adulto di cui ti fidi. Tu sei il suo sostegno – non devi risolvere tutto da solo.
tips-4-teacher =
    Uno studente che ha subito cyberbullismo ha bisogno di più di un colloquio. Fatti risentire qualche giorno dopo, concorda con lui piccoli passi successivi e coinvolgi il counsellor scolastico o lo psicologo quando serve.

## 5. "helping to review policies and procedures around online safety."
tips-5-student =
    La tua scuola ha regole sui telefoni e sulla sicurezza online? Trovale e leggile. Se qualcosa non corrisponde a come gli studenti usano davvero il telefono, dillo a un insegnante – le idee degli studenti rendono le regole migliori.
tips-5-teacher =
    Leggete insieme, durante il mentoring, la policy della scuola sulla sicurezza online: chi informare, che cosa registrare, quando contattare i genitori. Annota ciò che è poco chiaro o superato e portalo ai coordinatori.

## 6. "running activities and campaigns which educate learners, staff and parents/carers about online safety and promote positive online behaviour and attitudes."
tips-6-student =
    Sii un buon esempio online: pensa prima di pubblicare, chiedi prima di condividere la foto di qualcuno e rispondi con calma ai commenti cattivi – oppure non rispondere affatto e segnalali. Hai un'idea per un'attività sulla sicurezza online per la tua classe? Proponila!
tips-6-teacher =
    Inserisci in una lezione un breve momento sulla sicurezza online – verificare una fonte, o come rispondere a un commento offensivo. Progettalo insieme al tuo mentor o mentee e condividilo con colleghi e genitori.

## 7. "educating learners and parents/carers about what they can do if they and/or their child are struggling with an issue online."
tips-7-student =
    Hai un problema online e non sai come uscirne? Puoi: bloccare, segnalarlo nell'app, salvare le prove, parlarne con un adulto di cui ti fidi o chiamare una linea di ascolto. Dirlo ai tuoi genitori va bene – spesso possono aiutarti più di quanto pensi.
tips-7-teacher =
    Spiega a studenti e genitori che cosa fare quando qualcosa va storto online: salvare le prove, bloccare e segnalare, e chi contattare a scuola. Inserisci il numero della linea di ascolto nel tuo prossimo messaggio ai genitori.

## 8. "building a school/college culture which places a strong ongoing emphasis on online safety and skills."
tips-8-student =
    Stare al sicuro online è un'abitudine, non una lezione una tantum: non dire a nessuno le tue password, controlla le impostazioni della privacy ogni pochi mesi e mantieni rispettose le chat del mentoring. Stai aiutando a rendere la tua scuola un posto più sicuro.
tips-8-teacher =
    Fai della sicurezza online una parte della vita scolastica quotidiana, non una giornata isolata: parlane spesso, dai l'esempio nei tuoi contatti online con gli studenti (canali della scuola, tono professionale) e parlane nel tuo mentoring.

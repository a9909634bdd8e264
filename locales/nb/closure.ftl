# Closure (seed 003, Stage 4): ending the mentoring, looking back, and what the mentee keeps.
btn-closure = 🏁 Avslutning og tilbakeblikk
closure-open-title =
    <b>Avslutte mentoringen</b>
    De fleste par avslutter når den avtalte tiden er over. Noen ganger tar et mentorforhold slutt tidligere – det sier ikke noe negativt om noen av dere.
    Hvorfor avsluttes det?
closure-confirm =
    <b>Avslutte mentoringen i { $programme } med { $other }?</b>
    Årsak: { $reason }
    Dere får begge noen siste spørsmål etterpå. Du kan ikke angre dette selv; en koordinator kan hjelpe hvis det var en feil.
btn-closure-end = ✔ Avslutt mentoringen
closure-other-side =
    🏁 <b>Mentoringen din i { $programme } er avsluttet.</b>
    Årsak: { $reason }
    Åpne /menu → «🏁 Avslutning og tilbakeblikk» for de siste spørsmålene{ $extra }
closure-other-side-mentee = {" "}og, hvis du vil, læringserklæringen og beviset ditt.
closure-hub-title =
    <b>Tilbakeblikk: { $programme } med { $other }</b>
    Det er ikke «farvel»: dere kan snakke sammen om dere vil holde kontakten, og hvordan.
closure-step-followup = 📝 Spørreskjemaet igjen (før og etter)
closure-step-reflection = 💭 En siste refleksjon
closure-step-statement = 📄 Min læringserklæring (PDF)
closure-step-certificate = 🎓 Mitt bevis (PDF)
closure-done = ✓
closure-final-title = <b>En siste refleksjon</b>
    Velg et spørsmål, og svar på det i én melding.
closure-final-written = Lagret. Takk.
closure-final-prompt = <b>{ $prompt }</b>
    Svar i én melding (opptil { $limit } tegn).

statement-intro =
    <b>Læringserklæringen din</b>
    Den sier hva du kan nå takket være mentoringen. Den er din: den lages bare hvis du vil, med dine egne ord, og du kan endre alle delene før den lages.
statement-section = <b>{ $title }</b>
    { $text }
statement-empty = (ikke skrevet ennå – trykk på delen for å skrive den)
statement-edit = <b>{ $title }</b>
    Skriv denne delen i én melding (opptil { $limit } tegn). Det som står der nå:
    { $text }
btn-statement-make = ✔ Lag læringserklæringen min
statement-caption = Læringserklæringen din. Du bestemmer hvem som får se den.
statement-title = Læringserklæring
statement-subtitle = { $name } · { $programme } · { $start } – { $end }
statement-process = Prosessen med elevmentoring
statement-objectives = Målene jeg ville nå
statement-changes = Endringer i målene mine
statement-did = Hva jeg gjorde
statement-hard-skills = Harde, tekniske ferdigheter jeg brukte eller lærte
statement-soft-skills = Myke ferdigheter: å samarbeide med andre og å kjenne meg selv
statement-able = Hva jeg nå føler at jeg klarer
statement-draft-process = Fra { $start } til { $end } deltok jeg i { $programme } ved { $org }. Mentoren min var { $mentor }. Vi møttes { $sessions } ganger.
statement-draft-did = Vi hadde { $sessions } samtaler sammen.
certificate-title = Bevis på tilfredsstillende gjennomføring
certificate-line-1 = Dette bekrefter at
certificate-line-3 = har gjennomført mentorprogrammet «{ $programme }» ved { $org },
certificate-line-4 = fra { $start } til { $end }, og deltatt i { $sessions } samtaler.
certificate-signature = { $org } · utstedt { $date }
certificate-caption = Beviset ditt på tilfredsstillende gjennomføring.

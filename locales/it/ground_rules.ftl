# Regole di base di una coppia (seed 003, Fase 1) e l'accordo del mentor (seed 002). Il testo degli argomenti e
# dell'accordo si trova in instruments.ftl.
ground-rules-which-pair = <b>🤝 Regole di base</b>
    Per quale coppia sono queste regole di base?
ground-rules-no-pair = Al momento non fai parte di una coppia.
ground-rules-title = <b>🤝 Regole di base</b> – { $programme }, con { $other }
ground-rules-intro = Stabilire presto le regole di base vi aiuta a evitare molti problemi in seguito. Ognuno di voi può scrivere una regola; entrambi vedete tutte le regole e alla fine le accettate entrambi.
ground-rules-topic-line = <b>{ $number }. { $topic }</b>
ground-rules-answer = { $text } <i>({ $who }, { $date })</i>
ground-rules-open = <i>ancora nessuna regola</i>
ground-rules-you = tu
ground-rules-confidentiality-limit = ⚠️ <b>Il limite:</b> quello che vi dite resta tra voi, per quanto possibile. Se il mentor pensa che il mentee, o qualcuno di cui parlate, sia in pericolo, il mentor deve informare il gruppo di progetto (i vostri coordinatori). Lo sapete entrambi fin dall'inizio.
ground-rules-open-count = { $count ->
    [one] Un argomento è ancora aperto.
   *[other] { $count } argomenti sono ancora aperti.
    }
ground-rules-agreed-both = ✅ Avete accettato entrambi queste regole il { $date }.
ground-rules-you-agreed = ✔ Hai accettato.
ground-rules-you-not-agreed = Non hai ancora accettato.
ground-rules-other-agreed = ✔ { $other } ha accettato.
ground-rules-other-not-agreed = { $other } non ha ancora accettato.
ground-rules-other-not-joined = { $other } non ha ancora aderito; potrà accettare dopo averlo fatto.
ground-rules-mentor-agreement-accepted = 📜 Accordo del mentor: accettato da { $mentor } il { $date }.
ground-rules-mentor-agreement-open = 📜 Accordo del mentor: non ancora accettato.
ground-rules-btn-topic-open = ✏️ { $topic }
ground-rules-btn-topic-done = ✔ { $topic }
ground-rules-btn-agree = 🤝 Siamo d'accordo
ground-rules-btn-mentor-agreement = 📜 Accordo del mentor
ground-rules-still-open = Prima rispondi a tutti gli argomenti, per favore.
ground-rules-moved-on = 🎉 Fatto! La vostra coppia passa alla fase “{ $stage }”.
ground-rules-thanks = ✔ Grazie – hai accettato.
ground-rules-ask-again = Le regole sono cambiate, quindi vi chiediamo di accettarle di nuovo entrambi.

ground-rules-topic = <b>{ $number } di { $total }. { $topic }</b>
ground-rules-current = Ora: { $text } <i>({ $who }, { $date })</i>
ground-rules-topic-help = Tocca un suggerimento, oppure scrivi la tua regola (fino a { $limit } caratteri).

# Risposte suggerite per argomento (poche; si può sempre scrivere la propria).
ground-rules-suggestion-how_often-0 = Una volta a settimana
ground-rules-suggestion-how_often-1 = Due volte a settimana
ground-rules-suggestion-how_often-2 = Tre volte a settimana
ground-rules-suggestion-where_when-0 = A scuola, dopo le lezioni
ground-rules-suggestion-where_when-1 = In biblioteca, all'ora di pranzo
ground-rules-suggestion-where_when-2 = Online, di sera
ground-rules-suggestion-cannot_come-0 = Avvisare l'altro il giorno prima e scegliere un nuovo orario
ground-rules-suggestion-cannot_come-1 = Mandare un messaggio appena lo sappiamo
ground-rules-suggestion-friends-0 = Solo noi due
ground-rules-suggestion-friends-1 = Amici solo se prima siamo d'accordo entrambi
ground-rules-suggestion-confidentiality-0 = Resta tra noi, a meno che qualcuno sia in pericolo
ground-rules-suggestion-confidentiality-1 = Tra noi; se qualcuno è in pericolo, il mentor lo dice al gruppo di progetto, e lo sappiamo entrambi
ground-rules-suggestion-problems-0 = Parlarne apertamente al prossimo incontro
ground-rules-suggestion-problems-1 = Cercare insieme una soluzione, passo dopo passo
ground-rules-suggestion-problems-2 = Chiedere aiuto al gruppo di progetto se siamo bloccati

ground-rules-agreement-heading = <b>📜 { $title }</b>
ground-rules-agreement-names =
    Nome del mentor: { $mentor }
    Nome del mentee: { $mentee }
ground-rules-agreement-point = { $number }. { $text }
ground-rules-btn-accept = ✔ Accetto
ground-rules-agreement-thanks = ✔ Grazie – hai accettato l'accordo del mentor.

# Una riga nel menu principale della coppia.
ground-rules-menu-agreed = 🤝 Regole di base: accettate il { $date }
ground-rules-menu-waiting = 🤝 Regole di base: in attesa che { $other } accetti
ground-rules-menu-open = 🤝 Regole di base: non ancora accettate – apri 🤝 Regole di base
ground-rules-menu-mentor-agreement = 📜 Accordo del mentor: non ancora accettato – apri 🤝 Regole di base

# Spunti di riflessione: le azioni del piano di sviluppo individuale (seed 002, programmi per docenti)
# e le domande delle fasi del seed 003 (programmi per studenti). Il loro testo si trova in instruments.ftl.
reflection-which-pair = <b>💭 Rifletti</b>
    Quale coppia?
reflection-title = <b>💭 Rifletti</b> · { $programme }
    Fase: <b>{ $stage }</b> – { $meaning }
reflection-source-teacher = Queste azioni del tuo piano di sviluppo individuale sono adatte a questa fase. Rivedi il piano a intervalli regolari (per esempio ogni trimestre).
reflection-source-student = Queste domande sono adatte a questa fase del tuo mentoring.
reflection-pick = Scegline una su cui scrivere. ✓ indica quelle a cui hai già risposto; puoi rispondere di nuovo.
reflection-private = {""}
    🔒 Quello che scrivi qui è solo tuo: il tuo { $other } e i coordinatori non lo vedono.

# Nomi brevi delle domande delle fasi del seed 003, per pulsanti ed elenchi
reflection-title-engage-mission = La tua missione
reflection-title-engage-goals = I tuoi obiettivi
reflection-title-engage-objectives = I tuoi obiettivi specifici
reflection-title-sustain-feedback = Feedback
reflection-title-sustain-problem = Risolvere i problemi
reflection-title-transition-went_well = Che cosa è andato bene
reflection-title-transition-learned = Che cosa hai imparato

reflection-answered = ✓ { $title }
reflection-btn-mine = 📚 Le mie riflessioni ({ $count })
reflection-btn-other-pair = 👥 Un'altra coppia
reflection-btn-another = 💭 Un'altra domanda
reflection-btn-newer = « Più recenti
reflection-btn-older = Meno recenti »
reflection-btn-delete = 🗑 Elimina
reflection-btn-delete-yes = Sì, eliminala

reflection-write-title = <b>{ $title }</b>
reflection-write-body = { $body }
reflection-write-question = <i>{ $question }</i>
reflection-write-how = {""}
    Scrivi la tua risposta e inviala in un solo messaggio, fino a { $limit } caratteri. La leggerai solo tu.
    Il testo che hai scritto ma non inviato non viene conservato; se esci, questa domanda ti aspetta qui.

reflection-saved = ✓ Salvata: la tua risposta a “{ $title }”. Puoi rileggerla in “Le mie riflessioni”.

reflection-list = <b>📚 Le mie riflessioni</b> · { $count } · pagina { $page } di { $pages }
    Dalla più recente. Tocca un numero per leggerne una per intero.
    {""}
reflection-list-empty = <b>📚 Le mie riflessioni</b>
    Non ne hai ancora scritta nessuna.
reflection-list-entry = <b>{ $number }.</b> { $date } · { $title }
    “{ $opening }”
reflection-list-item = { $number } · { $title }

reflection-read =
    <b>{ $title }</b> · { $date } · { $stage }
    <i>{ $question }</i>

    { $text }
reflection-delete = Eliminare la tua risposta a “{ $title }” del { $date }? Non potrà essere recuperata.
reflection-deleted = Eliminata.

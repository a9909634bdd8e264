# Reflection prompts: the action steps of the individual development plan (seed 002, teacher programmes)
# and the stage questions of seed 003 (student programmes). Their wording is in instruments.ftl.
reflection-which-pair = <b>💭 Reflekter</b>
    Hvilket par?
reflection-title = <b>💭 Reflekter</b> · { $programme }
    Fase: <b>{ $stage }</b> – { $meaning }
reflection-source-teacher = Disse tiltakene i den individuelle utviklingsplanen din passer til denne fasen. Gå gjennom planen med jevne mellomrom (for eksempel hvert kvartal).
reflection-source-student = Disse spørsmålene passer til denne fasen av mentoringen din.
reflection-pick = Velg ett å skrive om. ✓ viser dem du har svart på; du kan svare på dem igjen.
reflection-private = {""}
    🔒 Det du skriver her, er bare ditt: din { $other } og koordinatorene ser det ikke.

# Short names of the seed 003 stage questions, for buttons and lists
reflection-title-engage-mission = Visjonen din
reflection-title-engage-goals = Målene dine
reflection-title-engage-objectives = Delmålene dine
reflection-title-sustain-feedback = Tilbakemelding
reflection-title-sustain-problem = Problemløsning
reflection-title-transition-went_well = Hva som gikk bra
reflection-title-transition-learned = Hva du lærte

reflection-answered = ✓ { $title }
reflection-btn-mine = 📚 Mine refleksjoner ({ $count })
reflection-btn-other-pair = 👥 Et annet par
reflection-btn-another = 💭 Et annet spørsmål
reflection-btn-newer = « Nyere
reflection-btn-older = Eldre »
reflection-btn-delete = 🗑 Slett
reflection-btn-delete-yes = Ja, slett det

reflection-write-title = <b>{ $title }</b>
reflection-write-body = { $body }
reflection-write-question = <i>{ $question }</i>
reflection-write-how = {""}
    Skriv svaret ditt og send det som én melding, opptil { $limit } tegn. Bare du kommer til å lese det.
    Tekst du har skrevet, men ikke sendt, blir ikke lagret; hvis du går ut, venter spørsmålet på deg her.

reflection-saved = ✓ Lagret: svaret ditt på «{ $title }». Du kan lese det igjen under «Mine refleksjoner».

reflection-list = <b>📚 Mine refleksjoner</b> · { $count } · side { $page } av { $pages }
    Nyeste først. Trykk på et tall for å lese hele.
    {""}
reflection-list-empty = <b>📚 Mine refleksjoner</b>
    Du har ikke skrevet noen ennå.
reflection-list-entry = <b>{ $number }.</b> { $date } · { $title }
    «{ $opening }»
reflection-list-item = { $number } · { $title }

reflection-read =
    <b>{ $title }</b> · { $date } · { $stage }
    <i>{ $question }</i>

    { $text }
reflection-delete = Slette svaret ditt på «{ $title }» fra { $date }? Det kan ikke hentes tilbake.
reflection-deleted = Slettet.

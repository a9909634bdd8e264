# The session diary (/diary) and the progress against the plan.

## Seed 000, Annex IV - Diary: the field names and modes as the Annex writes them
diary-field-session_no = Økt nr.
diary-field-date = Dato
diary-field-duration = Varighet
diary-field-mode = Form (fysisk / digitalt / hybrid)
diary-mode-in_person = fysisk
diary-mode-online = digitalt
diary-mode-hybrid = hybrid
diary-mode-other-word = annet: { $word }
diary-field-objectives = 1. Mål for økten
diary-field-topics = 2. Temaer og aktiviteter
diary-field-mentee_reflection = 3. Menteens refleksjon
diary-field-mentor_notes = 4. Mentorens notater
# Seed 000, Annex II: the column of the plan a session is tagged with, and the two parts without their hours
diary-field-activity = Aktivitet
diary-plan-part-mentoring = A. Mentoraktiviteter
diary-plan-part-piloting = B. Utprøving i klassen

## Progress (the diary's home and the main menu)
diary-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } av { NUMBER($planned, maximumFractionDigits: 1) } t
diary-plan-activity = { "  " }• { $activity }: { NUMBER($done, maximumFractionDigits: 1) } av { NUMBER($planned, maximumFractionDigits: 1) } t
diary-rhythm = { $done } { $done ->
        [one] økt
       *[other] økter
    } så langt; med { $per_week } i uka ville dere vært på { $expected } nå.
diary-rhythm-ahead = Rytmen med { $per_week } møter i uka à { $minutes } minutter starter { $start }.
diary-menu-line = 📔 { $text }
diary-menu-waiting-mentee = 📔 { $count ->
        [one] Én økt venter
       *[other] { $count } økter venter
    } på refleksjonen din.
diary-menu-waiting-mentor = 📔 { $count ->
        [one] Én økt venter
       *[other] { $count } økter venter
    } på notatene dine.

## The diary's home
diary-title = <b>📔 Øktdagbok</b> – { $programme }, med { $other }
diary-waiting-title = <b>Venter på deg</b>
diary-waiting-mentee = Økt { $number } – legg til refleksjonen din
diary-waiting-mentor = Økt { $number } – legg til notatene dine
diary-btn-new = ✍ Ny oppføring
diary-btn-entries = 📚 Tidligere oppføringer ({ $count })
diary-btn-home = 📔 Dagbok
diary-which-pair = <b>📔 Øktdagbok</b>
    Hvilket par gjelder det?
diary-no-pair = Du er ikke i noe par akkurat nå.

## Writing an entry
diary-new-title = <b>Ny oppføring – { diary-field-session_no } { $number }</b>
diary-entry-title = <b>{ diary-field-session_no } { $number }</b>
diary-now = Nå: { $value }
diary-btn-next = Neste ›
diary-btn-skip = Hopp over ›
diary-ask-date = <b>{ diary-field-date }</b>: når var økten? Trykk «I dag» eller velg dagen.
diary-btn-today = I dag, { $today }
diary-date-future = Den dagen har ikke kommet ennå. Velg dagen økten ble holdt.
diary-date-outside = Velg en dag fra { $earliest } til { $latest }: programmet går fra { $start } til { $end }.
diary-date-too-soon = Økter kan føres fra og med { $earliest }: programmet går fra { $start } til { $end }.
diary-ask-duration = <b>{ diary-field-duration }</b>: hvor lenge varte den? Trykk på en lengde, eller skriv antall minutter ({ $low }–{ $high }).
diary-minutes = { $minutes } min
diary-minutes-invalid = Skriv minuttene som et helt tall fra { $low } til { $high }.
diary-ask-mode = <b>{ diary-field-mode }</b>: hvordan møttes dere?
diary-btn-mode-other = annet…
diary-ask-mode-other = <b>{ diary-field-mode }</b>: annet – med et ord eller to? (opptil { $limit } tegn)
diary-ask-activity = <b>{ diary-field-activity }</b>: hvilken aktivitet i mentorplanen var denne økten?
diary-ask-text =
    <b>{ $section }</b>
    Skriv det som én melding, opptil { $limit } tegn. Du kan endre det senere.
    Alt i en dagbokoppføring, også mentorens notater, ser dere begge, mentor og mentee; koordinatorene ser bare dato, varighet og hvordan dere møttes.

## Reading an entry
diary-fact = { $label }: { $value }
diary-section-title = <b>{ $section }</b>
diary-not-written = (ikke skrevet ennå)
diary-left-empty = —
diary-shortened = { $text }…
diary-btn-full = 📖 { $section } (hele)
diary-btn-edit = ✏️ Endre min del
diary-btn-delete = 🗑 Slett min del
diary-edit-title = <b>{ diary-field-session_no } { $number }</b>
    Hva vil du endre?
diary-delete-confirm =
    <b>Slette din del av økt { $number }?</b>
    { $role ->
        [mentor] Målene, temaene og notatene dine blir slettet.
       *[mentee] Refleksjonen din blir slettet.
    }
    { $fate ->
        [goes] Ingen andre har skrevet i denne oppføringen, så hele økten forsvinner fra dagboken.
        [passes] { $other } har skrevet i den, så økten blir værende med den delen; dato, varighet og form går over til { $other }.
       *[stays] Økten blir værende i dagboken med den andre delen.
    }
    Dette kan ikke angres.
diary-btn-delete-yes = 🗑 Ja, slett
diary-deleted-part = Din del av økt { $number } ble slettet.
diary-deleted-entry = Økt { $number } ble slettet fra dagboken.

## Past entries
diary-entries-title = <b>📚 Tidligere økter</b>, nyeste først
diary-entries-empty = Ingen økter i dagboken ennå. Start en med «Ny oppføring».
diary-entries-page = Side { $page } av { $pages }
diary-entry-button = Økt { $number } · { $date } · { $minutes } min
diary-btn-newer = ‹ Forrige
diary-btn-older = Neste ›

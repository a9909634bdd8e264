# Reporting a concern (seed 003, online safety), and the coordinators' side.
btn-concern = 🆘 Meld fra om en bekymring
concern-intro =
    <b>Meld fra om en bekymring</b>
    Er det noe som bekymrer deg – mobbing på nett, noe som gjorde at du følte deg utrygg, et problem med paret ditt eller noen andre?
    Skriv hva som skjedde i én melding. Bare koordinatorene i { $org } leser det – ikke din { $other_role }.

    <b>Ærlig talt:</b> vi holder det så privat vi kan, men hvis noen kan være i fare, får de voksne som har ansvar for sikkerheten, beskjed. Vi lover aldri å holde det hemmelig.

    <b>I fare akkurat nå?</b> Ring { $emergency }. Vil du snakke med noen, ring hjelpetelefonen for barn og unge { $helpline } (gratis, når som helst).
concern-which-pair = Hvilket av parene dine gjelder dette?
concern-too-long = Det er { $length } tegn; hold det under { $limit } (du kan sende en melding til med resten).
concern-confirm =
    <b>Sende dette til koordinatorene?</b>
    «{ $text }»
btn-concern-send = ✔ Send
btn-concern-edit = ✏️ Skriv det på nytt
btn-concern-mine = Meldingene mine
concern-sent =
    <b>Sendt. Takk for at du sa fra.</b>
    Koordinatorene i { $org } har fått varsel nå. Du får beskjed her når en av dem har lest meldingen din; de kan skrive til deg gjennom boten, og du kan legge til mer under «Meldingene mine». Ingen andre ser den.
    I fare akkurat nå? Ring { $emergency }. Hjelpetelefon for barn og unge: { $helpline }.
concern-kept =
    <b>Meldingen din er tatt vare på. Takk for at du sa ifra.</b>
    Ingen er varslet ennå: { $org } har ingen koordinator som boten kan nå akkurat nå. Den første koordinatoren som blir med eller åpner boten, får meldingen din med en gang. Ingen andre ser den.
    Si også ifra til en lærer eller en annen voksen du stoler på.
    Er du i fare nå? Ring { $emergency }. Hjelpetelefon for barn og unge: { $helpline }.
concern-mine-title = <b>Meldingene dine</b>
concern-mine-empty = Du har ikke meldt fra om noe.
concern-mine-item = { $date } · { $status }
concern-status-new = sendt, ikke lest ennå
concern-status-read = lest av en koordinator
concern-status-in_progress = en koordinator jobber med den
concern-status-closed = avsluttet av en koordinator
concern-case =
    <b>Meldingen din fra { $date }</b>
    { $status }

    «{ $text }»
concern-case-thread = {""}
    <b>Beskjeder</b>
    { $thread }
concern-case-closed = {""}
    Denne saken er avsluttet. Hvis noe nytt har skjedd, kan du melde fra igjen med /concern.
btn-concern-add = ✏️ Legg til i meldingen min
concern-add-prompt =
    <b>Legg til i meldingen din</b>
    Skriv det du vil at koordinatorene skal vite, i én melding. Bare de leser det.
concern-added =
    <b>Lagt til. Koordinatorene har fått beskjed.</b>
    Du får beskjed her når en av dem svarer.
concern-added-kept =
    <b>Lagt til og tatt vare på.</b>
    Boten når ingen koordinator akkurat nå; den første som åpner boten, får se det. Si også ifra til en lærer eller en annen voksen du stoler på.
    I fare akkurat nå? Ring { $emergency }. Hjelpetelefon for barn og unge: { $helpline }.
concern-closed-meanwhile = Denne saken ble akkurat avsluttet, så ingenting ble lagt til. Hvis noe nytt har skjedd, kan du melde fra igjen med /concern.
btn-concern-to-report = Meldingen min
btn-concern-open-mine = Åpne meldingen min
concern-news-read = 👁 En koordinator har lest meldingen din.
concern-news-in_progress = 🔧 En koordinator jobber med meldingen din.
concern-news-reply = 💬 En koordinator har skrevet til deg om meldingen din. Åpne den for å lese beskjeden og svare.
concern-news-closed = ✔ En koordinator har avsluttet saken om meldingen din. Hvis noe nytt skjer, kan du alltid melde fra igjen.
thread-you = Du
thread-coordinator = Koordinator
thread-reply = { $at } – { $who }: { $text }
thread-answer = { $at } – { $who }: { $text }

concern-alert =
    🆘 <b>En bekymring er meldt</b> av en { $role } i { $programme }.
    Les den nå.
concern-alert-open = Les meldingen
concern-reminder =
    ⏰ <b>Påminnelse: en bekymring er fortsatt ulest.</b>
    Meldt for { $age } siden av en { $role } i { $programme }. Ingen har åpnet den ennå: les den nå.
concern-stale =
    ⏰ <b>Ingenting nytt i en bekymringssak på { $age }.</b>
    Den er under behandling i { $programme }, uten notat, beskjed eller endring siden. Legg til et notat, skriv til den som meldte, eller avslutt saken.
concern-answer-alert =
    💬 <b>Den som meldte, har lagt til noe i en bekymring</b> i { $programme }.
    Les det.
btn-concerns = 🆘 Bekymringer ({ $open } åpne)
concerns-title = <b>Bekymringer</b>
concerns-filtered = Program: { $programme }
concerns-legend = 🆘 { case-state-new } · 👁 { case-state-read } · 🔧 { case-state-in_progress } · ✔ { case-state-closed }
concerns-empty = Ingen bekymringer er meldt.
concerns-item = { $mark } { $when } { $state }
btn-concerns-filter = 🔎 Program…
concerns-filter-title = <b>Hvilket program vil du se bekymringene fra?</b>
btn-concerns-all = Alle programmer
case-state-new = ulest
case-state-read = lest
case-state-in_progress = under behandling
case-state-closed = avsluttet
case-age-minutes = { $n } min
case-age-hours = { $n } t
case-age-days = { $n ->
        [one] { $n } dag
       *[other] { $n } dager
    }
concerns-card =
    <b>Bekymring fra { $date }</b> · { $status }
    Fra: { $reporter } ({ $role }), { $programme }{ $paused }

    { $text }
concerns-closed-block = {""}

    <b>Avsluttet:</b> { $outcome }
    { $note }
concerns-paused = {""}
    Paret er satt på pause: det får ingen planlagte meldinger.
btn-case-take = ▶ Jeg tar saken
btn-case-reply = 💬 Skriv til den som meldte
btn-case-note = 📝 Internt notat
btn-case-trail = 📜 Sakshistorikk
btn-case-close = ✔ Avslutt saken
btn-case-reopen = ↩ Gjenåpne saken
btn-pair-pause = ⏸ Sett paret på pause
btn-pair-resume = ▶ Gjenoppta paret
concerns-unknown-reporter = en som har sluttet
concerns-note-prompt =
    <b>Internt notat</b>
    Bare koordinatorene i organisasjonen og trygghetsansvarlig ser notater – aldri den som meldte, eller paret. Høyst { $limit } tegn.
concerns-reply-prompt =
    <b>Skriv til den som meldte</b>
    Vedkommende leser det i boten, som fra «en koordinator», og kan svare. Ikke del telefonnumre eller brukernavn her. Høyst { $limit } tegn.
concerns-outcome-prompt = <b>Avslutt saken.</b> Hva ble utfallet?
case-outcome-resolved_in_school = Løst på skolen
case-outcome-referred = Henvist til eksterne instanser
case-outcome-no_further_action = Ingen videre tiltak
case-outcome-other = Annet
concerns-closing-prompt =
    <b>Avslutter: { $outcome }</b>
    Skriv et kort avslutningsnotat til koordinatorene (høyst { $limit } tegn). Den som meldte, får bare vite at saken er avsluttet.
concerns-note-saved = 📝 Notatet er lagret i saken.
concerns-reply-queued = 💬 Beskjeden din er på vei til den som meldte. Du får vite det her når vedkommende svarer.
concerns-reply-kept = Beskjeden din er lagret i saken, men boten når ikke den som meldte (vedkommende har sluttet eller blokkert boten).
concerns-closed-done = ✔ Saken er avsluttet. Den som meldte, får beskjed om at den er avsluttet (hvis boten når vedkommende).
concerns-closed-meanwhile = En annen koordinator har akkurat avsluttet denne saken, så ingenting ble lagret. Gjenåpne den først hvis det trengs mer arbeid.
concerns-trail-title = <b>Sakshistorikk</b>
trail-reported = { $at } – meldt
trail-read = { $at } – { $who }: leste den
trail-in_progress = { $at } – { $who }: tok saken
trail-note = { $at } – { $who }, notat: { $text }
trail-reply = { $at } – { $who } til den som meldte: { $text }
trail-answer = { $at } – { $who }: { $text }
trail-closed = { $at } – { $who }: avsluttet saken. { $text }
trail-reopened = { $at } – { $who }: gjenåpnet saken
trail-paused = { $at } – { $who }: satte paret på pause
trail-resumed = { $at } – { $who }: gjenopptok paret
trail-reporter = den som meldte
trail-someone = en som har sluttet
trail-earlier = ({ $n ->
        [one] { $n } tidligere oppføring vises ikke
       *[other] { $n } tidligere oppføringer vises ikke
    })
